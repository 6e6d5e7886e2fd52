package id.go.netra.pacts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.go.netra.personnel.EmploymentType;

/**
 * The coverage figures, each one SQL aggregate over the roster copies: a campaign (with its children when it
 * cascades), and the national view grouped by employer or by province.
 */
@Repository
class CoverageCounts {

	/** One group of the national view: an employer or a province code (null: central employers). */
	record Row(String key, Coverage.Tally tally) {
	}

	private static final String TALLY = """
			count(s.id) as total, count(s.signed_at) as signed,
			sum(case when s.channel = 'ONLINE' then 1 else 0 end) as online,
			sum(case when s.channel = 'OFFLINE' then 1 else 0 end) as offline""";

	/**
	 * The same per person: an employee reached by two campaigns of one election (the employer's own and a cascade)
	 * counts once, as signed when either has the signature.
	 */
	private static final String PEOPLE = """
			count(distinct s.registry_number) as total,
			count(distinct case when s.signed_at is not null then s.registry_number end) as signed,
			count(distinct case when s.channel = 'ONLINE' then s.registry_number end) as online,
			count(distinct case when s.channel = 'OFFLINE' then s.registry_number end) as offline""";

	private final JdbcClient jdbc;

	CoverageCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Coverage of(UUID campaignId) {
		Map<String, Coverage.Tally> byType = new LinkedHashMap<>();
		for (EmploymentType type : EmploymentType.values()) {
			byType.put(type.name(), new Coverage.Tally(0, 0, 0, 0));
		}
		jdbc.sql("select s.employment_type as grp, " + TALLY + " from pact_signer s where s.campaign_id in"
				+ " (select c.id from pact_campaign c where c.id = :id or c.parent_id = :id) group by s.employment_type")
			.param("id", campaignId)
			.query(CoverageCounts::row)
			.list()
			.forEach(row -> byType.merge(row.key(), row.tally(), Coverage.Tally::plus));
		Coverage.Tally all = byType.values().stream().reduce(new Coverage.Tally(0, 0, 0, 0), Coverage.Tally::plus);
		return new Coverage(all.total(), all.signed(), all.online(), all.offline(), byType);
	}

	/** The children of a cascade, one row per employer, keyed by the child campaign's id. */
	List<Row> byChild(UUID parentId) {
		return jdbc.sql("select c.id as grp, " + TALLY + " from pact_campaign c left join pact_signer s"
				+ " on s.campaign_id = c.id where c.parent_id = :id group by c.id, c.employer_code order by c.employer_code")
			.param("id", parentId)
			.query(CoverageCounts::row)
			.list();
	}

	/** Per employer (children of one cascade, or every campaign of an election), busiest first. */
	List<Row> byEmployer(String electionCode) {
		return grouped("c.employer_code", electionCode);
	}

	/** Per province of the employer; central employers under a null key. */
	List<Row> byProvince(String electionCode) {
		return grouped("c.province_code", electionCode);
	}

	private List<Row> grouped(String column, String electionCode) {
		return jdbc.sql("select " + column + " as grp, " + PEOPLE + " from pact_signer s"
				+ " join pact_campaign c on c.id = s.campaign_id where c.election_code = :e"
				+ " group by " + column + " order by total desc, grp")
			.param("e", electionCode)
			.query(CoverageCounts::row)
			.list();
	}

	private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Row(rs.getString("grp"), new Coverage.Tally(rs.getLong("total"), rs.getLong("signed"),
				rs.getLong("online"), rs.getLong("offline")));
	}
}
