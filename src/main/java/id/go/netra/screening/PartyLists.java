package id.go.netra.screening;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.Texts;
import id.go.netra.audit.AuditTrail;
import id.go.netra.catalog.BusinessCalendar;
import id.go.netra.identity.Actor;
import id.go.netra.identity.Role;
import id.go.netra.personnel.RegistryMatchKeys;

/**
 * BKN imports a party's membership list: the accepted rows are stored, then matched against the registry in two
 * set-based statements (exact NIK; the same {@code PersonName} match key and birth date) that the database runs as
 * hash joins, and each employee found becomes one lead per party. The same file for the same party is the same
 * list: importing it again changes nothing, and a lead that exists is never added twice.
 */
@Service
public class PartyLists {

	static final int MAX_PARTY = 100;
	static final int MAX_LISTED_REFUSALS = 1_000;
	private static final int BATCH = 5_000;
	private static final long NAME_MATCH = 10_000_000_000_000L;

	/** What an import answers: counts, the refused rows in words (the first 1,000), and the match's duration. */
	public record Summary(long listId, String party, String fileName, boolean alreadyImported, long rowsRead,
			long rowsAccepted, long rowsRefused, long leadsAdded, long matchMillis, List<RefusedRow> refused) {
	}

	public record RefusedRow(long line, List<String> problems) {
	}

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final RegistryMatchKeys registryKeys;
	private final MessageSource messages;
	private final AuditTrail audit;
	private final Clock clock;
	private final boolean postgres;

	PartyLists(JdbcClient jdbc, JdbcTemplate batch, DataSource dataSource, RegistryMatchKeys registryKeys,
			MessageSource messages, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.registryKeys = registryKeys;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
		this.postgres = isPostgres(dataSource);
	}

	@Transactional
	public Summary importList(Actor actor, String party, String fileName, byte[] content, String encoding,
			String columns, Locale locale) {
		if (!actor.has(Role.CIVIL_SERVICE_AGENCY)) {
			audit.recordRefusal("screening.partyList", "party list", "roles " + actor.describeRoles());
			throw new DomainException("forbidden", 403, "screening.forbidden");
		}
		String cleanParty = party == null ? "" : party.strip();
		InvalidInput.Collector problems = new InvalidInput.Collector();
		if (cleanParty.isEmpty()) {
			problems.reject("party", "screening.party.required");
		}
		else if (cleanParty.length() > MAX_PARTY) {
			problems.reject("party", "validation.tooLongMax", MAX_PARTY);
		}
		if (content == null || content.length == 0) {
			problems.reject("file", "screening.file.empty");
		}
		problems.throwIfAny();
		String name = Texts.fileName(fileName);
		String sha256 = sha256(content);
		Optional<Summary> earlier = earlier(cleanParty, sha256);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into party_list (party, file_name, file_sha256, rows_read, rows_accepted, rows_refused,"
				+ " leads_added, imported_by, imported_at) values (:party, :file, :sha, 0, 0, 0, 0, :by, :now)")
			.param("party", cleanParty)
			.param("file", name)
			.param("sha", sha256)
			.param("by", actor.name())
			.param("now", now)
			.update(key, "id");
		long listId = key.getKey().longValue();
		List<Object[]> pending = new ArrayList<>(BATCH);
		List<RefusedRow> refused = new ArrayList<>();
		long[] counts = new long[2];
		long read = PartyMemberFile.read(content, encoding, columns, cleanParty,
				LocalDate.now(clock.withZone(BusinessCalendar.ZONE)), member -> {
					pending.add(new Object[] { listId, member.line(), member.nik(), member.name(), member.matchKey(),
							member.birthDate(), member.party(), member.position() });
					counts[0]++;
					if (pending.size() == BATCH) {
						store(pending);
					}
				}, refusal -> {
					counts[1]++;
					if (refused.size() < MAX_LISTED_REFUSALS) {
						refused.add(new RefusedRow(refusal.line(), refusal.problems()
							.stream()
							.map(p -> p.localized(messages, locale))
							.toList()));
					}
				});
		store(pending);
		long started = System.nanoTime();
		long leads = match(listId, now);
		long matchMillis = (System.nanoTime() - started) / 1_000_000;
		jdbc.sql("update party_list set rows_read = :read, rows_accepted = :accepted, rows_refused = :refused,"
				+ " leads_added = :leads where id = :id")
			.param("read", read)
			.param("accepted", counts[0])
			.param("refused", counts[1])
			.param("leads", leads)
			.param("id", listId)
			.update();
		audit.record("screening.partyList", "party list " + listId, cleanParty + ", " + name + ": " + read + " rows, "
				+ counts[1] + " refused, " + leads + " new leads");
		return new Summary(listId, cleanParty, name, false, read, counts[0], counts[1], leads, matchMillis, refused);
	}

	/**
	 * The match: exact NIK, or the same match key and birth date; per employee and party one lead, a NIK match
	 * preferred, evidence the first row that matched. Every statement is set-based, so PostgreSQL hash-joins the
	 * list against the registry instead of looking up row by row.
	 */
	long match(long listId, OffsetDateTime now) {
		registryKeys.fillMissing();
		if (postgres) {
			// the list's rows came in this transaction: without statistics the planner guesses a handful of rows
			jdbc.sql("analyze party_member").update();
			jdbc.sql("set local work_mem = '256MB'").update();
		}
		return jdbc.sql("""
				insert into screening_lead (source, subject, employee_id, match_kind, member_id, status, created_at)
				select 'PARTY_MEMBERSHIP', c.party, c.employee_id,
				  case when min(c.pick) < :nameMatch then 'NIK' else 'NAME_BIRTH_DATE' end,
				  mod(min(c.pick), :nameMatch), 'OPEN', :now
				from (
				  select e.id as employee_id, m.party, m.id as pick
				  from party_member m join registry_person e on e.nik = m.nik
				  where m.list_id = :list
				  union all
				  select e.id as employee_id, m.party, :nameMatch + m.id as pick
				  from party_member m join registry_person e on e.match_key = m.match_key and e.birth_date = m.birth_date
				  where m.list_id = :list
				) c
				where not exists (select 1 from screening_lead l where l.source = 'PARTY_MEMBERSHIP'
				  and l.employee_id = c.employee_id and l.subject = c.party)
				group by c.party, c.employee_id
				""")
			.param("nameMatch", NAME_MATCH)
			.param("list", listId)
			.param("now", now)
			.update();
	}

	private void store(List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		batch.batchUpdate("insert into party_member (list_id, line_number, nik, name, match_key, birth_date, party,"
				+ " position) values (?, ?, ?, ?, ?, ?, ?, ?)", rows);
		rows.clear();
	}

	private Optional<Summary> earlier(String party, String sha256) {
		return jdbc.sql("select id, party, file_name, rows_read, rows_accepted, rows_refused from party_list"
				+ " where party = :party and file_sha256 = :sha")
			.param("party", party)
			.param("sha", sha256)
			.query((rs, n) -> new Summary(rs.getLong("id"), rs.getString("party"), rs.getString("file_name"), true,
					rs.getLong("rows_read"), rs.getLong("rows_accepted"), rs.getLong("rows_refused"), 0, 0, List.of()))
			.optional();
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static boolean isPostgres(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
		}
		catch (SQLException e) {
			throw new IllegalStateException("cannot tell which database screening runs on", e);
		}
	}
}
