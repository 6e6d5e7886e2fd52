package id.go.netra.enforcement;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.casework.ControlLevel;
import id.go.netra.identity.Actor;
import id.go.netra.personnel.Employer;
import id.go.netra.personnel.Employers;

/**
 * How well each employer's PPK follows recommendations up: the share followed up, the median days it took, the
 * cases still overdue and the blocks in force; ranked worst first for the oversight ministries, with the PPKs
 * proposed for sanction. Computed from the control ladders, which enforcement keeps for every forwarded case.
 */
@Service
public class Compliance {

	/**
	 * One employer's record. {@code followUpRate} is followed-up over forwarded cases (those closed without a
	 * sanction left out), null when none were forwarded; {@code medianDaysToFollowUp} from the recommendation to
	 * the PPK's first follow-up.
	 */
	public record EmployerCompliance(int rank, String employerCode, String employerName, Employer.Kind kind,
			int forwarded, int followedUp, Double followUpRate, Double medianDaysToFollowUp, int openOverdue,
			int activeBlocks, ControlLevel highestOpenLevel) {
	}

	/** A PPK proposed for sanction to the ministry that oversees them, with the letter that proposes it. */
	public record SanctionProposal(UUID id, String employerCode, String employerName, String oversightAgency,
			UUID caseId, String complaintNumber, Instant proposedAt, UUID letterId, String letterNumber) {
	}

	private record LadderLine(String employerCode, String state, Instant forwardedAt, Instant followedUpAt,
			boolean overdue, ControlLevel level) {
	}

	private final JdbcClient jdbc;
	private final Employers employers;
	private final PpkSanctionProposals proposals;
	private final ControlLetters letters;

	Compliance(JdbcClient jdbc, Employers employers, PpkSanctionProposals proposals, ControlLetters letters) {
		this.jdbc = jdbc;
		this.employers = employers;
		this.proposals = proposals;
		this.letters = letters;
	}

	@Transactional(readOnly = true)
	public List<EmployerCompliance> ranking(Actor actor) {
		String only = EnforcementScope.of(actor).narrow(null);
		Map<String, List<LadderLine>> byEmployer = new HashMap<>();
		jdbc.sql("select employer_code, state, forwarded_at, followed_up_at, overdue, level from control_ladder"
				+ (only == null ? "" : " where employer_code = :employer"))
			.params(only == null ? Map.of() : Map.of("employer", only))
			.query((rs, row) -> new LadderLine(rs.getString("employer_code"), rs.getString("state"),
					BlockRows.instant(rs, "forwarded_at"), BlockRows.instant(rs, "followed_up_at"), rs.getBoolean("overdue"),
					ControlLevel.valueOf(rs.getString("level"))))
			.list()
			.forEach(line -> byEmployer.computeIfAbsent(line.employerCode(), code -> new ArrayList<>()).add(line));
		Map<String, Integer> blocks = new HashMap<>();
		jdbc.sql("select employer_code, count(*) as n from personnel_block where lifted_at is null"
				+ (only == null ? "" : " and employer_code = :employer") + " group by employer_code")
			.params(only == null ? Map.of() : Map.of("employer", only))
			.query(rs -> {
				blocks.put(rs.getString("employer_code"), rs.getInt("n"));
			});
		List<String> codes = new ArrayList<>(byEmployer.keySet());
		blocks.keySet().stream().filter(code -> !byEmployer.containsKey(code)).forEach(codes::add);
		List<EmployerCompliance> unranked = codes.stream()
			.map(code -> of(code, byEmployer.getOrDefault(code, List.of()), blocks.getOrDefault(code, 0)))
			.sorted(WORST_FIRST)
			.toList();
		List<EmployerCompliance> ranked = new ArrayList<>();
		for (int i = 0; i < unranked.size(); i++) {
			EmployerCompliance e = unranked.get(i);
			ranked.add(new EmployerCompliance(i + 1, e.employerCode(), e.employerName(), e.kind(), e.forwarded(),
					e.followedUp(), e.followUpRate(), e.medianDaysToFollowUp(), e.openOverdue(), e.activeBlocks(),
					e.highestOpenLevel()));
		}
		return ranked;
	}

	@Transactional(readOnly = true)
	public List<SanctionProposal> sanctionProposals(Actor actor) {
		return proposals.open(EnforcementScope.of(actor).narrow(null))
			.stream()
			.map(p -> new SanctionProposal(p.id(), p.employerCode(), employerName(p.employerCode()),
					p.oversightAgency(), p.caseId(), p.complaintNumber(), p.proposedAt(), p.letterId(),
					letters.numberOf(p.letterId())))
			.toList();
	}

	/** Most overdue cases first, then most blocks, lowest follow-up rate, slowest follow-up. */
	private static final Comparator<EmployerCompliance> WORST_FIRST = Comparator
		.comparingInt(EmployerCompliance::openOverdue)
		.reversed()
		.thenComparing(Comparator.comparingInt(EmployerCompliance::activeBlocks).reversed())
		.thenComparing(e -> e.followUpRate() == null ? 1.0 : e.followUpRate())
		.thenComparing(e -> e.medianDaysToFollowUp() == null ? 0.0 : -e.medianDaysToFollowUp())
		.thenComparing(EmployerCompliance::employerCode);

	private EmployerCompliance of(String code, List<LadderLine> lines, int activeBlocks) {
		List<LadderLine> counted = lines.stream().filter(l -> !"CLOSED".equals(l.state())).toList();
		List<Double> days = counted.stream()
			.filter(l -> l.followedUpAt() != null)
			.map(l -> Duration.between(l.forwardedAt(), l.followedUpAt()).toMinutes() / (60.0 * 24))
			.sorted()
			.toList();
		int openOverdue = (int) counted.stream().filter(l -> "AWAITING".equals(l.state()) && l.overdue()).count();
		ControlLevel highest = counted.stream()
			.filter(l -> "AWAITING".equals(l.state()) || "AUDIT".equals(l.state()))
			.map(LadderLine::level)
			.max(Enum::compareTo)
			.orElse(ControlLevel.NONE);
		Employer employer = employers.find(code).orElse(null);
		return new EmployerCompliance(0, code, employer == null ? code : employer.name(),
				employer == null ? null : employer.kind(), counted.size(), days.size(),
				counted.isEmpty() ? null : (double) days.size() / counted.size(), median(days), openOverdue,
				activeBlocks, highest);
	}

	private static Double median(List<Double> sorted) {
		if (sorted.isEmpty()) {
			return null;
		}
		int middle = sorted.size() / 2;
		double value = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
		return Math.round(value * 10) / 10.0;
	}

	private String employerName(String code) {
		return employers.find(code).map(Employer::name).orElse(code);
	}
}
