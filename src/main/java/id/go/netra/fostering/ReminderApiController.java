package id.go.netra.fostering;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.go.netra.identity.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Neutrality reminders for agency systems: BKN sends nationally or to any employer, a PPK to its own staff only
 * (403 when it names another employer). Count the audience first, send now or on a day set by the election
 * calendar, and read the delivery counts.
 */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasAnyRole('PPK', 'CIVIL_SERVICE_AGENCY')")
@Tag(name = "Reminders", description = "Neutrality reminders (pembinaan) by e-mail before and during election phases")
class ReminderApiController {

	/** Position classes (JPT, ADMINISTRATOR, SUPERVISOR, FUNCTIONAL, STAFF) and types (PNS, PPPK, NON_ASN); none: all. */
	record AudienceRequest(String employerCode, List<String> positionClasses, List<String> employmentTypes) {
	}

	record AudienceView(long employees, long withAddress, long withoutAddress) {
	}

	record CountsView(long total, long queued, long sent, long failed, long noAddress) {
	}

	record ReminderView(UUID id, String senderAgency, String electionCode, String phaseCode, UUID templateId,
			String subject, String body, String subjectEn, String bodyEn, String employerCode,
			List<String> positionClasses, List<String> employmentTypes, Integer offsetDays, LocalDate sendOn,
			Reminder.Status status, Instant queuedAt, Instant createdAt, CountsView counts) {

		static ReminderView of(Reminders.Shown shown) {
			Reminder r = shown.reminder();
			Reminder.Counts c = shown.counts();
			return new ReminderView(r.id(), r.senderAgency(), r.electionCode(), r.phaseCode(), r.templateId(),
					r.subject(), r.body(), r.subjectEn(), r.bodyEn(), r.audience().employerCode(),
					r.audience().classNames(), r.audience().typeNames(), r.offsetDays(), r.sendOn(), r.status(),
					r.queuedAt(), r.createdAt(),
					new CountsView(c.total(), c.queued(), c.sent(), c.failed(), c.noAddress()));
		}
	}

	private final Reminders reminders;
	private final ReminderTemplates templates;
	private final CurrentActor currentActor;

	ReminderApiController(Reminders reminders, ReminderTemplates templates, CurrentActor currentActor) {
		this.reminders = reminders;
		this.templates = templates;
		this.currentActor = currentActor;
	}

	@PostMapping("/reminders/audience")
	@Operation(summary = "How many employees an audience reaches, and how many have an e-mail address in the registry")
	AudienceView audience(@RequestBody AudienceRequest request) {
		Reminders.AudienceCount count = reminders.preview(currentActor.require(), request.employerCode(),
				request.positionClasses(), request.employmentTypes());
		return new AudienceView(count.employees(), count.withAddress(), count.withoutAddress());
	}

	@PostMapping("/reminders")
	@Operation(summary = "Sends a reminder now, or schedules it relative to an election phase (offsetDays)")
	ResponseEntity<ReminderView> send(@RequestBody Reminders.ReminderDraft draft) {
		ReminderView view = ReminderView.of(reminders.send(currentActor.require(), draft));
		return ResponseEntity.created(URI.create("/api/v1/reminders/" + view.id())).body(view);
	}

	@GetMapping("/reminders")
	@Operation(summary = "The newest reminders the caller sent or that reached its staff, with their delivery counts")
	List<ReminderView> list() {
		return reminders.list(currentActor.require()).stream().map(ReminderView::of).toList();
	}

	@GetMapping("/reminders/{id}")
	@Operation(summary = "One reminder with its delivery counts: queued, sent, failed, no address")
	ReminderView one(@PathVariable UUID id) {
		return ReminderView.of(reminders.find(currentActor.require(), id));
	}

	@GetMapping("/reminder-templates")
	@Operation(summary = "The templates the caller may use: its own and BKN's shared ones, per election phase")
	List<ReminderTemplate> templates() {
		return templates.visible(currentActor.require());
	}

	@PostMapping("/reminder-templates")
	@Operation(summary = "Adds a template; placeholders {nama}, {instansi}, {pemilu}, {tahapan}, {mulai}, {selesai}")
	ResponseEntity<ReminderTemplate> addTemplate(@RequestBody ReminderTemplate.TemplateDraft draft) {
		ReminderTemplate added = templates.add(currentActor.require(), draft);
		return ResponseEntity.created(URI.create("/api/v1/reminder-templates/" + added.id())).body(added);
	}

	@PutMapping("/reminder-templates/{id}")
	@Operation(summary = "Edits one of the caller's own templates")
	ReminderTemplate updateTemplate(@PathVariable UUID id, @RequestBody ReminderTemplate.TemplateDraft draft) {
		return templates.update(currentActor.require(), id, draft);
	}
}
