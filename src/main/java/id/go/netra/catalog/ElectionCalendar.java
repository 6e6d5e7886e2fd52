package id.go.netra.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.audit.AuditTrail;

/**
 * The elections Netra knows, with their phases (before the campaign, campaign, quiet period, voting...).
 * Administrators add each new Pemilu and Pilkada as KPU schedules it; nothing is cached, so every reader (phase
 * timelines, the discipline register) sees an edit at once.
 */
@Service
public class ElectionCalendar {

	/** The phases an election may have, in their order; each one's names come from the messages. */
	public static final List<String> PHASES = List.of("PRE_CAMPAIGN", "CAMPAIGN", "QUIET_PERIOD", "VOTING",
			"RECAPITULATION", "POST_ELECTION");

	/**
	 * How far from voting day a phase may lie: the 2024 stages began 20 months ahead (PKPU 3/2022) and Netra
	 * watches follow-up for about three months after the count, so anything beyond is a typing error.
	 */
	static final int YEARS_BEFORE_VOTING = 3;

	static final int YEARS_AFTER_VOTING = 1;

	/** An election as an administrator enters it; the code is given by Netra on the first save. */
	public record Draft(String name, String nameEn, Election.Kind kind, LocalDate votingDate,
			LocalDate candidateDeterminationDate, String legalBasis, List<PhaseDates> phases) {

		public Draft {
			phases = phases == null ? List.of() : List.copyOf(phases);
		}
	}

	/** A phase's first and last day, both included. */
	public record PhaseDates(String code, LocalDate start, LocalDate end) {
	}

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final MessageSource messages;

	ElectionCalendar(JdbcClient jdbc, AuditTrail audit, MessageSource messages) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.messages = messages;
	}

	public List<Election> elections() {
		Map<String, List<Election.Phase>> phases = new LinkedHashMap<>();
		jdbc.sql("select * from election_phase order by election_code, starts_on").query(rs -> {
			phases.computeIfAbsent(rs.getString("election_code"), code -> new ArrayList<>())
				.add(new Election.Phase(rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
						rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class)));
		});
		return jdbc.sql("select * from election order by voting_date")
			.query((rs, row) -> new Election(rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
					Election.Kind.valueOf(rs.getString("kind")), rs.getObject("voting_date", LocalDate.class),
					rs.getObject("candidate_determination_date", LocalDate.class), rs.getString("legal_basis"),
					phases.getOrDefault(rs.getString("code"), List.of())))
			.list();
	}

	public Optional<Election> election(String code) {
		return elections().stream().filter(election -> election.code().equals(code)).findFirst();
	}

	/** Adds an election under a code made of its kind and year (PILKADA-2029, then PILKADA-2029-2...). */
	@Transactional
	public Election add(Draft draft) {
		Election election = toElection(newCode(check(draft)), draft);
		insert(election);
		audit.record("CATALOG_ELECTION_ADDED", election.code(), describe(election));
		return election;
	}

	@Transactional
	public Election update(String code, Draft draft) {
		Election before = election(code).orElseThrow(() -> DomainException.notFound("catalog.election.notFound", code));
		Election after = toElection(code, check(draft));
		jdbc.sql("delete from election_phase where election_code = :code").param("code", code).update();
		jdbc.sql("""
				update election set name = :name, name_en = :nameEn, kind = :kind, voting_date = :voting,
				  candidate_determination_date = :determination, legal_basis = :legalBasis
				where code = :code
				""")
			.params(electionRow(after))
			.update();
		insertPhases(after);
		audit.record("CATALOG_ELECTION_UPDATED", code, CatalogChanges.describe(before, after));
		return after;
	}

	/** Writes an election as it is, unchecked: the reference file's elections are written this way. */
	void insert(Election election) {
		jdbc.sql("""
				insert into election (code, name, name_en, kind, voting_date, candidate_determination_date, legal_basis)
				values (:code, :name, :nameEn, :kind, :voting, :determination, :legalBasis)
				""")
			.params(electionRow(election))
			.update();
		insertPhases(election);
	}

	private void insertPhases(Election election) {
		for (Election.Phase phase : election.phases()) {
			jdbc.sql("""
					insert into election_phase (election_code, code, name, name_en, starts_on, ends_on)
					values (:election, :code, :name, :nameEn, :start, :end)
					""")
				.param("election", election.code())
				.param("code", phase.code())
				.param("name", phase.name())
				.param("nameEn", phase.nameEn())
				.param("start", phase.start())
				.param("end", phase.end())
				.update();
		}
	}

	private static Map<String, Object> electionRow(Election election) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("code", election.code());
		row.put("name", election.name());
		row.put("nameEn", election.nameEn());
		row.put("kind", election.kind().name());
		row.put("voting", election.votingDate());
		row.put("determination", election.candidateDeterminationDate());
		row.put("legalBasis", election.legalBasis());
		return row;
	}

	/** Refuses a draft field by field; fields of a phase are named {@code phases.<CODE>.start} and {@code .end}. */
	static Draft check(Draft draft) {
		InvalidInput.Collector problems = new InvalidInput.Collector();
		if (draft.name() == null || draft.name().isBlank()) {
			problems.reject("name", "validation.required");
		}
		problems.check("name", () -> DomainException.checkLength(draft.name(), 200, "catalog.name"));
		problems.check("nameEn", () -> DomainException.checkLength(draft.nameEn(), 200, "catalog.nameEn"));
		problems.check("legalBasis", () -> DomainException.checkLength(draft.legalBasis(), 1000, "catalog.legalBasis"));
		if (draft.kind() == null) {
			problems.reject("kind", "validation.required");
		}
		if (draft.votingDate() == null) {
			problems.reject("votingDate", "validation.required");
		}
		checkCandidateDetermination(draft, problems);
		checkPhases(draft, problems);
		problems.throwIfAny();
		return draft;
	}

	private static void checkCandidateDetermination(Draft draft, InvalidInput.Collector problems) {
		LocalDate determination = draft.candidateDeterminationDate();
		if (draft.kind() == Election.Kind.REGIONAL && determination == null) {
			problems.reject("candidateDeterminationDate", "validation.required");
		}
		if (determination != null && draft.votingDate() != null && !determination.isBefore(draft.votingDate())) {
			problems.reject("candidateDeterminationDate", "catalog.election.determinationAfterVoting");
		}
	}

	private static void checkPhases(Draft draft, InvalidInput.Collector problems) {
		if (draft.phases().isEmpty()) {
			problems.reject("phases", "catalog.election.noPhases");
		}
		Set<String> seen = new HashSet<>();
		List<PhaseDates> dated = new ArrayList<>();
		for (PhaseDates phase : draft.phases()) {
			if (phase.code() == null || !PHASES.contains(phase.code())) {
				problems.reject("phases", "catalog.election.phaseUnknown", String.valueOf(phase.code()));
				continue;
			}
			String field = "phases." + phase.code();
			if (!seen.add(phase.code())) {
				problems.reject(field + ".start", "catalog.election.phaseTwice");
				continue;
			}
			if (phase.start() == null) {
				problems.reject(field + ".start", "validation.required");
			}
			if (phase.end() == null) {
				problems.reject(field + ".end", "validation.required");
			}
			if (phase.start() == null || phase.end() == null) {
				continue;
			}
			if (phase.end().isBefore(phase.start())) {
				problems.reject(field + ".end", "catalog.election.endBeforeStart");
				continue;
			}
			if (draft.votingDate() != null && outOfRange(phase, draft.votingDate())) {
				problems.reject(field + ".start", "catalog.election.phaseOutOfRange", YEARS_BEFORE_VOTING,
						YEARS_AFTER_VOTING);
				continue;
			}
			if (phase.code().equals("VOTING") && draft.votingDate() != null
					&& (draft.votingDate().isBefore(phase.start()) || draft.votingDate().isAfter(phase.end()))) {
				problems.reject(field + ".start", "catalog.election.votingOutsidePhase");
			}
			dated.add(phase);
		}
		dated.sort(Comparator.comparing(PhaseDates::start));
		for (int i = 1; i < dated.size(); i++) {
			if (!dated.get(i).start().isAfter(dated.get(i - 1).end())) {
				problems.reject("phases." + dated.get(i).code() + ".start", "catalog.election.phasesOverlap",
						new PhaseName(dated.get(i - 1).code()));
			}
		}
	}

	private static boolean outOfRange(PhaseDates phase, LocalDate voting) {
		return phase.start().isBefore(voting.minusYears(YEARS_BEFORE_VOTING))
				|| phase.end().isAfter(voting.plusYears(YEARS_AFTER_VOTING));
	}

	/** A phase named in the reader's language where a message mentions it. */
	record PhaseName(String code) implements org.springframework.context.MessageSourceResolvable {

		@Override
		public String[] getCodes() {
			return new String[] { "election.phase." + code };
		}

		@Override
		public String getDefaultMessage() {
			return code;
		}
	}

	private Election toElection(String code, Draft draft) {
		List<Election.Phase> phases = draft.phases()
			.stream()
			.sorted(Comparator.comparing(PhaseDates::start))
			.map(phase -> new Election.Phase(phase.code(), phaseName(phase.code(), INDONESIAN),
					phaseName(phase.code(), Locale.ENGLISH), phase.start(), phase.end()))
			.toList();
		return new Election(code, draft.name().trim(), Violations.blankToNull(draft.nameEn()), draft.kind(),
				draft.votingDate(), draft.candidateDeterminationDate(), Violations.blankToNull(draft.legalBasis()),
				phases);
	}

	private String phaseName(String code, Locale locale) {
		return messages.getMessage("election.phase." + code, null, code, locale);
	}

	private String newCode(Draft draft) {
		String base = (draft.kind() == Election.Kind.GENERAL ? "PEMILU-" : "PILKADA-") + draft.votingDate().getYear();
		Set<String> taken = new HashSet<>(jdbc.sql("select code from election").query(String.class).list());
		String code = base;
		for (int n = 2; taken.contains(code); n++) {
			code = base + "-" + n;
		}
		return code;
	}

	private static String describe(Election election) {
		return election.kind() + " " + election.name() + ", " + election.votingDate() + ", "
				+ election.phases().size() + " phases";
	}
}
