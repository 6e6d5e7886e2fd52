package id.go.netra.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.audit.AuditTrail;

/**
 * The regions that hold a Pilkada and the dates the pre-election rotation ban runs on (UU 10/2016 art. 71(2)):
 * candidate determination per region (the election's own date unless a region's differs) and the regional head's
 * term end where known. Reference data loads Pilkada 2024; administrators keep later cycles.
 */
@Service
public class PilkadaRegions {

	static final int MAX_SOURCE = 300;

	/**
	 * A region in one Pilkada. {@code candidateDeterminationDate} is the region's own or else the election's;
	 * {@code termEndsOn} is null where the term end is not known, and {@code electionEndsOn} is the election's last
	 * phase day (where the ban ends then, ADR 0048).
	 */
	public record PilkadaRegion(String electionCode, String regionCode, String regionName,
			LocalDate candidateDeterminationDate, boolean ownDetermination, LocalDate termEndsOn,
			LocalDate electionEndsOn, String source) {
	}

	/** What an administrator sets for a region: both dates optional. */
	public record Draft(LocalDate candidateDeterminationDate, LocalDate termEndsOn, String source) {
	}

	private final JdbcClient jdbc;
	private final ElectionCalendar elections;
	private final Regions regions;
	private final AuditTrail audit;

	PilkadaRegions(JdbcClient jdbc, ElectionCalendar elections, Regions regions, AuditTrail audit) {
		this.jdbc = jdbc;
		this.elections = elections;
		this.regions = regions;
		this.audit = audit;
	}

	/** The regions of one election, by region code; an unknown election is not found. */
	public List<PilkadaRegion> of(String electionCode) {
		regional(electionCode);
		return query(" where r.election_code = :code", electionCode, null);
	}

	/** The regions of every regional election. */
	public List<PilkadaRegion> all() {
		return query("", null, null);
	}

	@Transactional
	public PilkadaRegion set(String electionCode, String regionCode, Draft draft) {
		Election election = regional(electionCode);
		InvalidInput.Collector problems = new InvalidInput.Collector();
		Optional<Region> region = regionCode == null ? Optional.empty() : regions.find(regionCode.strip());
		if (region.isEmpty() || !region.get().autonomous()) {
			problems.reject("regionCode", "catalog.pilkadaRegion.regionUnknown", String.valueOf(regionCode));
		}
		LocalDate determination = draft == null ? null : draft.candidateDeterminationDate();
		LocalDate termEnd = draft == null ? null : draft.termEndsOn();
		LocalDate effective = determination == null ? election.candidateDeterminationDate() : determination;
		if (determination != null && !determination.isBefore(election.votingDate())) {
			problems.reject("candidateDeterminationDate", "catalog.election.determinationAfterVoting");
		}
		if (termEnd != null && effective != null && !termEnd.isAfter(effective)) {
			problems.reject("termEndsOn", "catalog.pilkadaRegion.termEndBeforeDetermination");
		}
		String source = draft == null ? null : Violations.blankToNull(draft.source());
		problems.check("source", () -> DomainException.checkLength(source, MAX_SOURCE, "catalog.pilkadaRegion.source"));
		problems.throwIfAny();
		String code = region.get().code();
		boolean existed = jdbc.sql("delete from election_region where election_code = :e and region_code = :r")
			.param("e", electionCode)
			.param("r", code)
			.update() > 0;
		insert(electionCode, code, determination, termEnd, source);
		audit.record(existed ? "CATALOG_PILKADA_REGION_UPDATED" : "CATALOG_PILKADA_REGION_ADDED",
				electionCode + " " + code, "determination " + (determination == null ? "as the election" : determination)
						+ ", term ends " + (termEnd == null ? "unknown" : termEnd));
		return query(" where r.election_code = :code and r.region_code = :region", electionCode, code).get(0);
	}

	@Transactional
	public void remove(String electionCode, String regionCode) {
		regional(electionCode);
		int removed = jdbc.sql("delete from election_region where election_code = :e and region_code = :r")
			.param("e", electionCode)
			.param("r", regionCode)
			.update();
		if (removed == 0) {
			throw DomainException.notFound("catalog.pilkadaRegion.notFound", regionCode);
		}
		audit.record("CATALOG_PILKADA_REGION_REMOVED", electionCode + " " + regionCode, "no Pilkada there");
	}

	/** Every autonomous region but the excepted ones, in one statement (the reference file's 545 regions). */
	int addAutonomousRegions(String electionCode, List<String> except, LocalDate determination, String source) {
		if (elections.election(electionCode).isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				insert into election_region (election_code, region_code, candidate_determination_date, source)
				select :election, g.code, :determination, :source from region g
				where g.autonomous and g.code not in (:except)
				""")
			.param("election", electionCode)
			.param("determination", determination)
			.param("source", source)
			.param("except", except.isEmpty() ? List.of("-") : except)
			.update();
	}

	private void insert(String electionCode, String regionCode, LocalDate determination, LocalDate termEnd,
			String source) {
		jdbc.sql("""
				insert into election_region (election_code, region_code, candidate_determination_date, term_ends_on,
				  source) values (:e, :r, :determination, :termEnd, :source)
				""")
			.param("e", electionCode)
			.param("r", regionCode)
			.param("determination", determination)
			.param("termEnd", termEnd)
			.param("source", source)
			.update();
	}

	private List<PilkadaRegion> query(String where, String electionCode, String regionCode) {
		return jdbc.sql("""
				select r.election_code, r.region_code, g.name, r.candidate_determination_date as own,
				  e.candidate_determination_date as election_date, r.term_ends_on, r.source,
				  (select max(p.ends_on) from election_phase p where p.election_code = e.code) as election_ends_on
				from election_region r
				join election e on e.code = r.election_code
				join region g on g.code = r.region_code
				""" + where + " order by r.election_code, r.region_code")
			.param("code", electionCode)
			.param("region", regionCode)
			.query((rs, n) -> {
				LocalDate own = rs.getObject("own", LocalDate.class);
				return new PilkadaRegion(rs.getString("election_code"), rs.getString("region_code"),
						rs.getString("name"), own == null ? rs.getObject("election_date", LocalDate.class) : own,
						own != null, rs.getObject("term_ends_on", LocalDate.class),
						rs.getObject("election_ends_on", LocalDate.class), rs.getString("source"));
			})
			.list();
	}

	private Election regional(String electionCode) {
		Election election = elections.election(electionCode)
			.orElseThrow(() -> DomainException.notFound("catalog.election.notFound", electionCode));
		if (election.kind() != Election.Kind.REGIONAL) {
			throw DomainException.invalid("catalog.pilkadaRegion.notRegional", electionCode);
		}
		return election;
	}
}
