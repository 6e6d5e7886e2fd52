package id.go.netra.advisory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.Page;
import id.go.netra.Texts;
import id.go.netra.audit.AuditTrail;
import id.go.netra.catalog.BusinessCalendar;
import id.go.netra.catalog.Election;
import id.go.netra.catalog.ElectionCalendar;
import id.go.netra.catalog.Violation;
import id.go.netra.catalog.Violations;
import id.go.netra.identity.Actor;
import id.go.netra.identity.Role;
import id.go.netra.personnel.Employee;
import id.go.netra.personnel.Employees;
import id.go.netra.personnel.Nip;
import id.go.netra.personnel.RegistryScope;

/**
 * Questions asked before acting, their answers and the guidance published from them. Anyone asks; the task force
 * and BKN answer, always with a legal basis (entries of the violation catalogue, a line of their own, or both).
 */
@Service
public class AdvisoryQuestions {

	/** A question as asked: {@code election} (a calendar code) and {@code nip} are optional. */
	public record Question(String question, String election, String nip) {
	}

	/** What the asker is given once: the code to read the answer with. */
	public record Asked(String code, AdvisoryQuestion question) {
	}

	/**
	 * An officer's answer. {@code violations} are codes of the violation catalogue; {@code publicQuestion} is the
	 * question as the public will read it (the asker's wording when blank); {@code version} guards a correction
	 * against another officer's.
	 */
	public record Answer(String answer, List<String> violations, String legalBasis, Topic topic, Boolean publish,
			String publicQuestion, Integer version) {
	}

	/** A catalogue entry an answer rests on. */
	public record Reference(String code, String name, String nameEn, String legalBasis) {
	}

	/** Filters of the published guidance; all optional. */
	public record GuidanceFilter(String text, String election, String phase, Topic topic) {
	}

	static final int MIN_QUESTION = 15;
	static final int MAX_QUESTION = 4000;
	static final int MIN_ANSWER = 20;
	static final int MAX_ANSWER = 8000;
	static final int MAX_BASIS = 2000;
	static final int MAX_GUIDANCE = 200;

	private final JdbcClient jdbc;
	private final ElectionCalendar elections;
	private final Violations violations;
	private final Employees employees;
	private final AuditTrail audit;
	private final Clock clock;

	AdvisoryQuestions(JdbcClient jdbc, ElectionCalendar elections, Violations violations, Employees employees,
			AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.elections = elections;
		this.violations = violations;
		this.employees = employees;
		this.audit = audit;
		this.clock = clock;
	}

	/** Records a question from anyone; the code in the answer is the only way back to it. */
	@Transactional
	public Asked ask(Question asked) {
		InvalidInput.Collector problems = new InvalidInput.Collector();
		String question = text(asked == null ? null : asked.question(), "question", MIN_QUESTION, MAX_QUESTION,
				problems);
		Election election = null;
		String electionCode = asked == null || Texts.isBlank(asked.election()) ? null : asked.election().trim();
		if (electionCode != null) {
			election = elections.election(electionCode).orElse(null);
			if (election == null) {
				problems.reject("election", "advisory.election.unknown", electionCode);
			}
		}
		Nip nip = asked == null || Texts.isBlank(asked.nip()) ? null : problems.check("nip", () -> Nip.of(asked.nip()));
		problems.throwIfAny();

		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, BusinessCalendar.ZONE);
		Optional<Election.Phase> phase = election != null ? election.phaseOn(today)
				: elections.elections().stream().map(e -> e.phaseOn(today)).flatMap(Optional::stream).findFirst();
		String employer = nip == null ? null
				: employees.byNip(nip, RegistryScope.NATIONAL).map(Employee::employerCode).orElse(null);
		String code = AskerCode.generate();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into advisory_question (id, code_hash, question, election_code, phase_code, asker_nip,
				  asker_employer_code, asked_at, status, published, version)
				values (:id, :hash, :question, :election, :phase, :nip, :employer, :at, 'OPEN', false, 0)
				""")
			.param("id", id)
			.param("hash", AskerCode.hash(code))
			.param("question", question)
			.param("election", election == null ? null : election.code())
			.param("phase", phase.map(Election.Phase::code).orElse(null))
			.param("nip", nip == null ? null : nip.value())
			.param("employer", employer)
			.param("at", at(now))
			.update();
		// the audit names the question, never the NIP
		audit.record("advisory.asked", id.toString(), nip == null ? "tanpa NIP" : "dengan NIP");
		return new Asked(code, load(id).orElseThrow());
	}

	/** The question the code opens, with its answer once given; empty for a code that opens nothing. */
	@Transactional(readOnly = true)
	public Optional<AdvisoryQuestion> byCode(String code) {
		String hash = AskerCode.hash(code);
		return hash == null ? Optional.empty()
				: jdbc.sql("select * from advisory_question where code_hash = :hash")
					.param("hash", hash)
					.query(AdvisoryQuestions::map)
					.optional();
	}

	/** The questions in a status, oldest open first, newest answered first. */
	@Transactional(readOnly = true)
	public Page<AdvisoryQuestion> queue(Actor actor, AdvisoryQuestion.Status status, int page, int size) {
		requireAnswerer(actor, "advisory.queue", "queue");
		AdvisoryQuestion.Status wanted = status == null ? AdvisoryQuestion.Status.OPEN : status;
		int pageSize = Math.max(1, Math.min(size, 100));
		int pageNumber = Math.max(page, 0);
		String order = wanted == AdvisoryQuestion.Status.OPEN ? "asked_at" : "answered_at desc";
		List<AdvisoryQuestion> items = jdbc
			.sql("select * from advisory_question where status = :status order by " + order
					+ " offset :offset rows fetch next :size rows only")
			.param("status", wanted.name())
			.param("offset", pageNumber * pageSize)
			.param("size", pageSize)
			.query(AdvisoryQuestions::map)
			.list();
		long total = jdbc.sql("select count(*) from advisory_question where status = :status")
			.param("status", wanted.name())
			.query(Long.class)
			.single();
		return new Page<>(items, pageNumber, pageSize, total);
	}

	@Transactional(readOnly = true)
	public AdvisoryQuestion find(Actor actor, UUID id) {
		requireAnswerer(actor, "advisory.question", String.valueOf(id));
		return load(id).orElseThrow(() -> DomainException.notFound("advisory.question.notFound"));
	}

	/**
	 * Answers a question, or corrects an answer given before; publishing (or withdrawing) it as guidance goes
	 * with it. The legal basis is required: catalogue entries, a line of its own, or both.
	 */
	@Transactional
	public AdvisoryQuestion answer(Actor actor, UUID id, Answer given) {
		requireAnswerer(actor, "advisory.answer", String.valueOf(id));
		AdvisoryQuestion question = load(id).orElseThrow(() -> DomainException.notFound("advisory.question.notFound"));
		InvalidInput.Collector problems = new InvalidInput.Collector();
		String answer = text(given == null ? null : given.answer(), "answer", MIN_ANSWER, MAX_ANSWER, problems);
		List<String> codes = references(given == null ? null : given.violations(), problems);
		String basis = given == null || Texts.isBlank(given.legalBasis()) ? null : Texts.received(given.legalBasis()).trim();
		if (basis != null && basis.length() > MAX_BASIS) {
			problems.reject("legalBasis", "validation.tooLongMax", MAX_BASIS);
		}
		if (codes.isEmpty() && basis == null && !problems.has("violations")) {
			problems.reject("legalBasis", "advisory.answer.basisRequired");
		}
		if (given == null || given.topic() == null) {
			problems.reject("topic", "advisory.answer.topicRequired");
		}
		boolean publish = given != null && Boolean.TRUE.equals(given.publish());
		String publicQuestion = given == null || Texts.isBlank(given.publicQuestion()) ? question.question()
				: text(given.publicQuestion(), "publicQuestion", MIN_QUESTION, MAX_QUESTION, problems);
		problems.throwIfAny();

		Instant now = clock.instant();
		int expected = given.version() == null ? question.version() : given.version();
		int updated = jdbc.sql("""
				update advisory_question set status = 'ANSWERED', answer = :answer, violation_codes = :codes,
				  legal_basis = :basis, topic = :topic, answered_at = :now, answered_by = :by, answered_by_name = :name,
				  answered_by_agency = :agency, published = :publish, public_question = :publicQuestion,
				  published_at = :publishedAt, version = version + 1
				where id = :id and version = :version
				""")
			.param("answer", answer)
			.param("codes", codes.isEmpty() ? null : String.join(",", codes))
			.param("basis", basis)
			.param("topic", given.topic().name())
			.param("now", at(now))
			.param("by", actor.name())
			.param("name", actor.displayName())
			.param("agency", actor.agencyCode())
			.param("publish", publish)
			.param("publicQuestion", publish ? publicQuestion : null)
			.param("publishedAt", publish ? at(question.published() ? question.publishedAt() : now) : null)
			.param("id", id)
			.param("version", expected)
			.update();
		if (updated != 1) {
			throw DomainException.conflict("advisory.answer.changed");
		}
		audit.record(question.answered() ? "advisory.corrected" : "advisory.answered", id.toString(),
				given.topic() + (publish ? ", diterbitkan sebagai panduan" : ", tidak diterbitkan"));
		return load(id).orElseThrow();
	}

	/** The published guidance that matches, by phase, topic and newest first; at most {@value #MAX_GUIDANCE}. */
	@Transactional(readOnly = true)
	public List<AdvisoryQuestion> guidance(GuidanceFilter filter) {
		StringBuilder sql = new StringBuilder("select * from advisory_question where published = true");
		Map<String, Object> params = new HashMap<>();
		if (filter != null && !Texts.isBlank(filter.election())) {
			sql.append(" and election_code = :election");
			params.put("election", filter.election().trim());
		}
		if (filter != null && !Texts.isBlank(filter.phase())) {
			sql.append(" and phase_code = :phase");
			params.put("phase", filter.phase().trim());
		}
		if (filter != null && filter.topic() != null) {
			sql.append(" and topic = :topic");
			params.put("topic", filter.topic().name());
		}
		int i = 0;
		for (String word : words(filter == null ? null : filter.text())) {
			sql.append(" and (lower(public_question) like :w").append(i).append(" or lower(answer) like :w").append(i)
				.append(")");
			params.put("w" + i++, "%" + word + "%");
		}
		sql.append(" order by published_at desc fetch first ").append(MAX_GUIDANCE).append(" rows only");
		List<AdvisoryQuestion> found = new ArrayList<>(
				jdbc.sql(sql.toString()).params(params).query(AdvisoryQuestions::map).list());
		found.sort(java.util.Comparator.comparingInt((AdvisoryQuestion q) -> phaseOrder(q.phaseCode()))
			.thenComparing(q -> q.topic().ordinal()));
		return found;
	}

	/** The catalogue entries an answer names, in its order; an entry withdrawn since is still named. */
	public List<Reference> references(AdvisoryQuestion question) {
		return question.violationCodes()
			.stream()
			.map(code -> violations.find(code)
				.map(v -> new Reference(v.code(), v.name(), v.nameEn(), v.legalBasis()))
				.orElse(new Reference(code, code, code, null)))
			.toList();
	}

	/** The elections a question may name, newest first. */
	public List<Election> elections() {
		return elections.elections();
	}

	/** The violation catalogue's active entries, for choosing the legal basis. */
	public List<Violation> catalogue() {
		return violations.active();
	}

	static int phaseOrder(String phase) {
		int index = phase == null ? -1 : ElectionCalendar.PHASES.indexOf(phase);
		return index < 0 ? ElectionCalendar.PHASES.size() : index;
	}

	private List<String> references(List<String> given, InvalidInput.Collector problems) {
		LinkedHashSet<String> codes = new LinkedHashSet<>();
		List<String> unknown = new ArrayList<>();
		for (String code : given == null ? List.<String>of() : given) {
			if (Texts.isBlank(code)) {
				continue;
			}
			String clean = code.trim().toUpperCase(Locale.ROOT);
			if (violations.find(clean).isPresent()) {
				codes.add(clean);
			}
			else {
				unknown.add(code.trim());
			}
		}
		if (!unknown.isEmpty()) {
			problems.reject("violations", "advisory.answer.violationUnknown", String.join(", ", unknown));
		}
		return List.copyOf(codes);
	}

	private void requireAnswerer(Actor actor, String action, String target) {
		if (!actor.has(Role.TASK_FORCE) && !actor.has(Role.CIVIL_SERVICE_AGENCY)) {
			audit.recordRefusal(action, target, "roles " + actor.describeRoles());
			throw new DomainException("forbidden", 403, "advisory.forbidden");
		}
	}

	private static String text(String given, String field, int min, int max, InvalidInput.Collector problems) {
		String text = given == null ? "" : Texts.received(given).trim();
		if (text.isEmpty()) {
			problems.reject(field, "validation.required");
		}
		else if (text.length() < min) {
			problems.reject(field, "advisory.tooShort", min);
		}
		else if (text.length() > max) {
			problems.reject(field, "validation.tooLongMax", max);
		}
		return text;
	}

	private static List<String> words(String text) {
		if (Texts.isBlank(text)) {
			return List.of();
		}
		return Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+"))
			.map(word -> word.replaceAll("[%_\\\\]", ""))
			.filter(word -> word.length() >= 2)
			.limit(8)
			.toList();
	}

	private Optional<AdvisoryQuestion> load(UUID id) {
		return jdbc.sql("select * from advisory_question where id = :id")
			.param("id", id)
			.query(AdvisoryQuestions::map)
			.optional();
	}

	private static AdvisoryQuestion map(ResultSet rs, int row) throws SQLException {
		String codes = rs.getString("violation_codes");
		String topic = rs.getString("topic");
		return new AdvisoryQuestion(rs.getObject("id", UUID.class), rs.getString("question"),
				rs.getString("election_code"), rs.getString("phase_code"), rs.getString("asker_nip") != null,
				rs.getString("asker_employer_code"), instant(rs, "asked_at"),
				AdvisoryQuestion.Status.valueOf(rs.getString("status")), rs.getString("answer"),
				codes == null ? List.of() : List.of(codes.split(",")), rs.getString("legal_basis"),
				topic == null ? null : Topic.valueOf(topic), instant(rs, "answered_at"),
				rs.getString("answered_by_name"), rs.getString("answered_by_agency"), rs.getBoolean("published"),
				rs.getString("public_question"), instant(rs, "published_at"), rs.getInt("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}
}
