package id.go.netra.hearing;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import id.go.netra.casework.CaseHearings;
import id.go.netra.identity.CurrentActor;
import id.go.netra.reporting.Reports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Due process for agency systems: the allegation the task force phrases for the accused, the PP 94/2021 examination
 * the PPK records before the sanction, a clarification the employee gave on paper, and the notices a PPK delivers by
 * hand. The hearing itself is read in
 * {@code GET /api/v1/cases/{id}} as {@code dueProcess}.
 */
@RestController
@PreAuthorize("isAuthenticated()")
@Tag(name = "Due process", description = "Notice to the accused, clarification, examination (PP 94/2021)")
class HearingApiController {

	/** A clarification recorded for the employee. */
	record ClarificationRequest(String statement) {
	}

	/** The allegation as written, and whether the notice goes out again with it. */
	record AllegationWritten(boolean noticeResent, CaseHearings.DueProcess dueProcess) {
	}

	private final Examinations examinations;
	private final Clarifications clarifications;
	private final Allegations allegations;
	private final NoticeDeliveries deliveries;
	private final CaseHearingView view;
	private final CurrentActor actor;

	HearingApiController(Examinations examinations, Clarifications clarifications, Allegations allegations,
			NoticeDeliveries deliveries, CaseHearingView view, CurrentActor actor) {
		this.examinations = examinations;
		this.clarifications = clarifications;
		this.allegations = allegations;
		this.deliveries = deliveries;
		this.view = view;
		this.actor = actor;
	}

	@PostMapping(path = "/api/v1/cases/{id}/examination", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "PPK: the examination before the sanction (summons, attendance, day); the record (BAP) is "
			+ "required when the employee came: send it multipart")
	CaseHearings.Examination examination(@PathVariable UUID id, @RequestBody(required = false) Examinations.Request request) {
		return examinations.record(actor.require(), id, request, null);
	}

	@PostMapping(path = "/api/v1/cases/{id}/examination", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "PPK: the examination with its record (berita acara pemeriksaan, PDF): part 'examination' "
			+ "(JSON) and part 'record'")
	CaseHearings.Examination examinationWithRecord(@PathVariable UUID id,
			@RequestPart(name = "examination", required = false) Examinations.Request request,
			@RequestPart(name = "record", required = false) MultipartFile record) {
		return examinations.record(actor.require(), id, request, upload(record));
	}

	@PutMapping(path = "/api/v1/cases/{id}/hearing/allegation", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Task force: the allegation told to the accused, in the officer's own neutral words (20 to "
			+ "1,000 characters; never the report's words or anything naming the reporter), until the employee answers "
			+ "or the review; resendNotice: a notice that went out already goes out again with it (a new link)")
	AllegationWritten allegation(@PathVariable UUID id, @RequestBody(required = false) Allegations.Request request) {
		boolean resent = allegations.write(actor.require(), id, request);
		return new AllegationWritten(resent, view.of(id).orElseThrow());
	}

	@PostMapping(path = "/api/v1/cases/{id}/clarification", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "PPK of the employee's employer or the task force: a clarification the employee gave on "
			+ "paper, before the deadline and the review")
	CaseHearings.DueProcess clarification(@PathVariable UUID id, @RequestBody(required = false) ClarificationRequest request) {
		clarifications.onBehalf(actor.require(), id, request == null ? null : request.statement(), List.of());
		return view.of(id).orElseThrow();
	}

	@PostMapping(path = "/api/v1/cases/{id}/clarification", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "The same with files (PDF or pictures, at most 5): part 'clarification' (JSON) and parts 'files'")
	CaseHearings.DueProcess clarificationWithFiles(@PathVariable UUID id,
			@RequestPart(name = "clarification", required = false) ClarificationRequest request,
			@RequestPart(name = "files", required = false) List<MultipartFile> files) {
		clarifications.onBehalf(actor.require(), id, request == null ? null : request.statement(), uploads(files));
		return view.of(id).orElseThrow();
	}

	@GetMapping("/api/v1/hearings/deliveries")
	@Operation(summary = "PPK: notices to its employees that it must deliver by hand (the registry has no e-mail "
			+ "address for them); the case itself stays hidden until BKN's recommendation")
	List<NoticeDeliveries.Waiting> deliveries() {
		return deliveries.waiting(actor.require());
	}

	@PostMapping("/api/v1/hearings/{id}/delivery")
	@Operation(summary = "PPK: print a notice for delivery: a new personal link and one-time code, answered once "
			+ "(an earlier print stops working)")
	NoticeDeliveries.Printed deliver(@PathVariable("id") UUID caseId, Locale locale) {
		return deliveries.print(actor.require(), caseId, locale);
	}

	static Reports.Upload upload(MultipartFile file) {
		return file == null || file.isEmpty() ? null : new Reports.Upload(file.getOriginalFilename(), file);
	}

	static List<Reports.Upload> uploads(List<MultipartFile> files) {
		return files == null ? List.of()
				: files.stream().map(HearingApiController::upload).filter(java.util.Objects::nonNull).toList();
	}
}
