package id.go.netra.advisory;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.go.netra.DomainException;
import id.go.netra.Page;
import id.go.netra.identity.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Advice before acting over the API: anyone asks and reads the answer with the code; the task force and BKN see
 * the queue and answer; published guidance is public. Nothing public ever carries the asker's NIP or employer.
 */
@RestController
@Tag(name = "Advice before acting", description = "Questions from ASN and the public, answers with the legal basis, published guidance")
class AdvisoryApiController {

	/** What the asker reads: the question as asked, and the answer once given. */
	record AskerView(String code, String question, String electionCode, Instant askedAt, String status,
			String statusName, String answer, List<AdvisoryQuestions.Reference> references, String legalBasis,
			Instant answeredAt, boolean published) {
	}

	/** What the answering officers see: never the NIP, the employer found for it when there is one. */
	record OfficerView(UUID id, String question, String electionCode, String phaseCode, boolean askedWithNip,
			String askerEmployerCode, Instant askedAt, String status, String answer,
			List<AdvisoryQuestions.Reference> references, String legalBasis, Topic topic, Instant answeredAt,
			String answeredByName, String answeredByAgency, boolean published, String publicQuestion, int version) {
	}

	/** One piece of published guidance. */
	record GuidanceItem(UUID id, String question, String answer, List<AdvisoryQuestions.Reference> references,
			String legalBasis, Topic topic, String topicName, String electionCode, String phaseCode,
			Instant publishedAt) {
	}

	record TopicGroup(Topic topic, String topicName, List<GuidanceItem> items) {
	}

	record PhaseGroup(String phase, String phaseName, List<TopicGroup> topics) {
	}

	record Guidance(int total, List<PhaseGroup> groups) {
	}

	private final AdvisoryQuestions questions;
	private final CurrentActor actor;
	private final MessageSource messages;

	AdvisoryApiController(AdvisoryQuestions questions, CurrentActor actor, MessageSource messages) {
		this.questions = questions;
		this.actor = actor;
		this.messages = messages;
	}

	@PostMapping("/api/v1/public/advisory-questions")
	@Operation(summary = "Ask whether something is allowed, anonymously or with a NIP; the code (shown once) reads the answer")
	ResponseEntity<AskerView> ask(@RequestBody(required = false) AdvisoryQuestions.Question question) {
		AdvisoryQuestions.Asked asked = questions.ask(question);
		return ResponseEntity.created(URI.create("/api/v1/public/advisory-questions/" + asked.code()))
			.body(asker(asked.code(), asked.question()));
	}

	@GetMapping("/api/v1/public/advisory-questions/{code}")
	@Operation(summary = "The asker's question and, once given, its answer with the legal basis")
	AskerView read(@PathVariable String code) {
		return questions.byCode(code)
			.map(q -> asker(code, q))
			.orElseThrow(() -> DomainException.notFound("advisory.code.unknown"));
	}

	@GetMapping("/api/v1/public/advisory")
	@Operation(summary = "Published guidance, searchable, grouped by election phase and topic")
	Guidance guidance(@RequestParam(required = false) String q, @RequestParam(required = false) String election,
			@RequestParam(required = false) String phase, @RequestParam(required = false) Topic topic) {
		return grouped(questions.guidance(new AdvisoryQuestions.GuidanceFilter(q, election, phase, topic)),
				LocaleContextHolder.getLocale());
	}

	@GetMapping("/api/v1/advisory-questions")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Task force, BKN: the questions in a status (OPEN, oldest first; ANSWERED, newest first)")
	Page<OfficerView> queue(@RequestParam(required = false) AdvisoryQuestion.Status status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return questions.queue(actor.require(), status, page, size).map(this::officer);
	}

	@GetMapping("/api/v1/advisory-questions/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Task force, BKN: one question")
	OfficerView question(@PathVariable UUID id) {
		return officer(questions.find(actor.require(), id));
	}

	@PostMapping("/api/v1/advisory-questions/{id}/answer")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Task force, BKN: answer (or correct the answer) with the legal basis; publish: true makes it public guidance")
	OfficerView answer(@PathVariable UUID id, @RequestBody(required = false) AdvisoryQuestions.Answer answer) {
		return officer(questions.answer(actor.require(), id, answer));
	}

	private AskerView asker(String code, AdvisoryQuestion q) {
		Locale locale = LocaleContextHolder.getLocale();
		return new AskerView(code, q.question(), q.electionCode(), q.askedAt(), q.status().name(),
				messages.getMessage("advisory.status." + q.status(), null, locale), q.answer(),
				questions.references(q), q.legalBasis(), q.answeredAt(), q.published());
	}

	private OfficerView officer(AdvisoryQuestion q) {
		return new OfficerView(q.id(), q.question(), q.electionCode(), q.phaseCode(), q.askedWithNip(),
				q.askerEmployerCode(), q.askedAt(), q.status().name(), q.answer(), questions.references(q),
				q.legalBasis(), q.topic(), q.answeredAt(), q.answeredByName(), q.answeredByAgency(), q.published(),
				q.publicQuestion(), q.version());
	}

	/** Guidance grouped as the page shows it: phases in the calendar's order, then topics in theirs. */
	Guidance grouped(List<AdvisoryQuestion> found, Locale locale) {
		java.util.Map<String, java.util.Map<Topic, List<GuidanceItem>>> byPhase = new java.util.LinkedHashMap<>();
		for (AdvisoryQuestion q : found) {
			byPhase.computeIfAbsent(q.phaseCode() == null ? "" : q.phaseCode(), p -> new java.util.LinkedHashMap<>())
				.computeIfAbsent(q.topic(), t -> new java.util.ArrayList<>())
				.add(new GuidanceItem(q.id(), q.publicQuestion(), q.answer(), questions.references(q), q.legalBasis(),
						q.topic(), topicName(q.topic(), locale), q.electionCode(), q.phaseCode(), q.publishedAt()));
		}
		List<PhaseGroup> groups = byPhase.entrySet()
			.stream()
			.map(phase -> new PhaseGroup(phase.getKey().isEmpty() ? null : phase.getKey(),
					phaseName(phase.getKey(), locale),
					phase.getValue()
						.entrySet()
						.stream()
						.map(topic -> new TopicGroup(topic.getKey(), topicName(topic.getKey(), locale), topic.getValue()))
						.toList()))
			.toList();
		return new Guidance(found.size(), groups);
	}

	private String topicName(Topic topic, Locale locale) {
		return messages.getMessage("advisory.topic." + topic, null, locale);
	}

	private String phaseName(String phase, Locale locale) {
		return phase == null || phase.isEmpty() ? messages.getMessage("advisory.phase.none", null, locale)
				: messages.getMessage("election.phase." + phase, null, phase, locale);
	}
}
