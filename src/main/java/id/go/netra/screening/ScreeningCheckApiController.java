package id.go.netra.screening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import id.go.netra.InvalidInput;
import id.go.netra.identity.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The checks over careers by API: runs on demand, the minister's approval, protection, and the counts. */
@RestController
@RequestMapping("/api/v1/screening")
@Tag(name = "Screening")
class ScreeningCheckApiController {

	record ProtectionRequest(String measure, String note) {
	}

	record ProtectionOpened(long lead, long protection) {
	}

	private final ScreeningRuns runs;
	private final RotationApprovals approvals;
	private final ReporterProtections protections;
	private final Leads leads;
	private final CurrentActor currentActor;

	ScreeningCheckApiController(ScreeningRuns runs, RotationApprovals approvals, ReporterProtections protections,
			Leads leads, CurrentActor currentActor) {
		this.runs = runs;
		this.approvals = approvals;
		this.protections = protections;
		this.leads = leads;
		this.currentActor = currentActor;
	}

	@PostMapping("/rotation-ban/runs")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Runs the rotation-ban check now (Bawaslu, Kemendagri, administrators): position changes of "
			+ "officials at employers of Pilkada regions inside the ban window become leads. Answers how many are new; "
			+ "running again adds nothing.")
	ScreeningRuns.Run rotationBan() {
		return runs.runNow(currentActor.require(), LeadSource.ROTATION_BAN);
	}

	@PostMapping("/retaliation/runs")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Runs the retaliation check now (task force, administrators): reporters transferred, demoted "
			+ "or dismissed within the window after reporting under their NIP become leads. Running again adds nothing.")
	ScreeningRuns.Run retaliation() {
		return runs.runNow(currentActor.require(), LeadSource.RETALIATION);
	}

	@PostMapping("/leads/{id}/approval")
	@PreAuthorize("isAuthenticated()")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Records the Minister of Home Affairs' written approval of a rotation-ban lead's change "
			+ "(multipart: letterNumber, letterDate as 2024-05-02, document: the letter as PDF, JPEG or PNG); the lead "
			+ "is closed as cleared.")
	RotationApprovals.Approval approve(@PathVariable long id, @RequestParam(required = false) String letterNumber,
			@RequestParam(required = false) String letterDate,
			@RequestParam(name = "document", required = false) MultipartFile document) {
		try {
			return approvals.record(currentActor.require(), id, letterNumber, date(letterDate),
					document == null ? null : document.getOriginalFilename(),
					document == null ? null : document.getBytes());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@PostMapping("/leads/{id}/protection")
	@PreAuthorize("isAuthenticated()")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "The task force opens protection for the reporter of a retaliation lead: measure "
			+ "(HOLD_REQUEST_TO_PPK, LPSK_REFERRAL, MONITORING) and a note of what was done (at least 5 characters).")
	ProtectionOpened protect(@PathVariable long id, @RequestBody(required = false) ProtectionRequest request) {
		return new ProtectionOpened(id, protections.open(currentActor.require(), id,
				request == null ? null : request.measure(), request == null ? null : request.note()));
	}

	@GetMapping("/counts")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Per source the caller reviews, how many leads in the caller's scope are OPEN, CASE_OPENED, "
			+ "DISMISSED and CLEARED.")
	Map<String, Map<String, Long>> counts() {
		var actor = currentActor.require();
		leads.requireReviewer(actor);
		return leads.counts(actor);
	}

	private static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInput.Collector().reject("letterDate", "screening.approval.dateFormat", text.strip())
				.refusal();
		}
	}
}
