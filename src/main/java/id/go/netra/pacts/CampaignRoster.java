package id.go.netra.pacts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.go.netra.Page;
import id.go.netra.personnel.Roster;

/**
 * Who must sign in a campaign: the employer's roster copied when the campaign opens (JDBC batches of a thousand),
 * and where each of them stands.
 */
@Repository
class CampaignRoster {

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final Roster roster;
	private final ApplicationEventPublisher events;

	CampaignRoster(JdbcClient jdbc, JdbcTemplate batch, Roster roster, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.roster = roster;
		this.events = events;
	}

	/** Copies the employer's staff in service onto the campaign; returns how many. */
	long copy(UUID campaignId, String employerCode) {
		List<Object[]> rows = new ArrayList<>(BATCH);
		long[] copied = { 0 };
		roster.forEach(employerCode, member -> {
			rows.add(new Object[] { campaignId, member.employeeId(), member.registryNumber(), member.name(),
					member.birthDate(), member.employmentType().name(), member.email() });
			if (rows.size() == BATCH) {
				copied[0] += insert(rows);
			}
		});
		copied[0] += insert(rows);
		return copied[0];
	}

	private int insert(List<Object[]> rows) {
		if (rows.isEmpty()) {
			return 0;
		}
		batch.batchUpdate("insert into pact_signer (campaign_id, employee_id, registry_number, name, birth_date,"
				+ " employment_type, email) values (?, ?, ?, ?, ?, ?, ?)", rows);
		int n = rows.size();
		rows.clear();
		return n;
	}

	Optional<Signer> find(UUID campaignId, String registryNumber) {
		return jdbc.sql("select * from pact_signer where campaign_id = :c and registry_number = :n")
			.param("c", campaignId)
			.param("n", registryNumber)
			.query(CampaignRoster::map)
			.optional();
	}

	Optional<Signer> find(long signerId) {
		return jdbc.sql("select * from pact_signer where id = :id").param("id", signerId).query(CampaignRoster::map)
			.optional();
	}

	/** The employees who have not signed yet, by name. */
	Page<Signer> unsigned(UUID campaignId, int page, int size) {
		long total = jdbc.sql("select count(*) from pact_signer where campaign_id = :c and signed_at is null")
			.param("c", campaignId)
			.query(Long.class)
			.single();
		List<Signer> items = jdbc.sql("select * from pact_signer where campaign_id = :c and signed_at is null"
				+ " order by name, id limit :l offset :o")
			.param("c", campaignId)
			.param("l", size)
			.param("o", (long) page * size)
			.query(CampaignRoster::map)
			.list();
		return new Page<>(items, page, size, total);
	}

	/** Everyone on the roster, for the list the PPK distributes, in one pass. */
	void forEach(UUID campaignId, java.util.function.Consumer<Signer> each) {
		try (var all = jdbc.sql("select * from pact_signer where campaign_id = :c order by name, id")
			.param("c", campaignId)
			.query(CampaignRoster::map)
			.stream()) {
			all.forEach(each);
		}
	}

	/**
	 * Records the signature if the employee has not signed yet: a conditional update, so two signatures arriving at
	 * once (a double click, two nodes, the paper and the link) leave exactly one. Announces it ({@link PactSigned}).
	 */
	boolean markSigned(Campaign campaign, long signerId, Channel channel, Instant at, UUID letterId,
			String letterNumber, String recordedBy) {
		boolean signed = jdbc.sql("""
				update pact_signer set signed_at = :at, channel = :ch, letter_id = :letter, letter_number = :number,
				  recorded_by = :by, otp_hash = null
				where id = :id and signed_at is null""")
			.param("at", at.atOffset(java.time.ZoneOffset.UTC))
			.param("ch", channel.name())
			.param("letter", letterId)
			.param("number", letterNumber)
			.param("by", recordedBy)
			.param("id", signerId)
			.update() == 1;
		if (signed) {
			events.publishEvent(new PactSigned(signerId, campaign.id(), campaign.employerCode(),
					campaign.provinceCode(), campaign.electionCode(), channel == Channel.ONLINE, letterNumber, at));
		}
		return signed;
	}

	static Signer map(ResultSet rs, int row) throws SQLException {
		OffsetDateTime signed = rs.getObject("signed_at", OffsetDateTime.class);
		String channel = rs.getString("channel");
		return new Signer(rs.getLong("id"), rs.getObject("campaign_id", UUID.class), rs.getString("registry_number"),
				rs.getString("name"), rs.getObject("birth_date", LocalDate.class), rs.getString("employment_type"),
				rs.getString("email"), signed == null ? null : signed.toInstant(),
				channel == null ? null : Channel.valueOf(channel), rs.getObject("letter_id", UUID.class),
				rs.getString("letter_number"));
	}
}
