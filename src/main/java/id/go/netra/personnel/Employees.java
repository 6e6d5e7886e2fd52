package id.go.netra.personnel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import id.go.netra.Page;

/**
 * The national personnel registry: exact lookup by NIP or NIK, prefix search by name within an employer, and
 * each employee's periods (who was where, when). Scoping to what an actor may see is the caller's
 * {@link RegistryScope}, applied in the query. Lookups are single statements in auto-commit: a read-only
 * transaction around each would cost extra round trips on the hottest path of the registry.
 */
@Service
public class Employees {

	/** Filters for a page of employees; null or blank means any. {@code name} is a prefix. */
	public record Query(String employerCode, String name, String nik, int page, int size) {

		public Query {
			page = Math.max(page, 0);
			size = size <= 0 ? 20 : Math.min(size, 200);
		}
	}

	static final long COUNT_CAP = 1000;

	private final JdbcClient jdbc;

	Employees(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Employee> byNip(Nip nip, RegistryScope scope) {
		// registry_key equals the NIP for everyone who has one (and is the indexed, unique column)
		return one("registry_key = :key", nip.value(), scope);
	}

	/** An employee with the periods of their career, oldest first. */
	public record WithHistory(Employee employee, List<Employee.Period> periods) {
	}

	/**
	 * One employee and their career in a single statement: the registry's most frequent question. The periods
	 * that are over come from employee_period; the current one is the employee row itself.
	 */
	public Optional<WithHistory> byNipWithHistory(Nip nip, RegistryScope scope) {
		StringBuilder where = new StringBuilder(" where e.registry_key = :key");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("key", nip.value());
		scope.restrict(where, params, "e.");
		List<Employee.Period> periods = new java.util.ArrayList<>();
		Employee.Period[] current = new Employee.Period[1];
		Employee[] employee = new Employee[1];
		jdbc.sql("select e.*, p.valid_from, p.valid_to, p.employer_code as p_employer, p.unit as p_unit,"
				+ " p.position_class as p_class, p.position_title as p_title, p.grade as p_grade, p.status as p_status,"
				+ " p.source as p_source from employee e left join employee_period p on p.employee_id = e.id" + where
				+ " order by p.valid_from")
			.params(params)
			.query(rs -> {
				if (employee[0] == null) {
					employee[0] = map(rs, 0);
					current[0] = currentPeriod(rs);
				}
				if (rs.getObject("valid_from") != null) {
					periods.add(new Employee.Period(rs.getObject("valid_from", OffsetDateTime.class).toInstant(),
							instant(rs.getObject("valid_to", OffsetDateTime.class)), rs.getString("p_employer"),
							rs.getString("p_unit"), enumOrNull(PositionClass.class, rs.getString("p_class")),
							rs.getString("p_title"), rs.getString("p_grade"),
							EmployeeStatus.valueOf(rs.getString("p_status")), rs.getString("p_source")));
				}
			});
		if (employee[0] == null) {
			return Optional.empty();
		}
		periods.add(current[0]);
		return Optional.of(new WithHistory(employee[0], periods));
	}

	/** Employees registered with this NIK (normally one; the registry does not force it). */
	public List<Employee> byNik(Nik nik, RegistryScope scope) {
		return search(new Query(null, null, nik.value(), 0, 20), scope).items();
	}

	public Page<Employee> search(Query query, RegistryScope scope) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		scope.restrict(where, params);
		if (query.employerCode() != null && !query.employerCode().isBlank()) {
			where.append(" and employer_code = :employer");
			params.put("employer", query.employerCode().trim());
		}
		String prefix = NameKey.of(query.name());
		if (!prefix.isEmpty()) {
			// A prefix as a range rather than LIKE: a name key holds only [a-z0-9 ], all below '{', so the range is
			// exactly the keys that start with the prefix. Unlike LIKE with a parameter, a range stays an index range
			// in the generic plan PostgreSQL switches to after a statement's fifth execution.
			where.append(" and name_key >= :nameFrom and name_key < :nameTo");
			params.put("nameFrom", prefix);
			params.put("nameTo", prefix + "{");
		}
		if (query.nik() != null && !query.nik().isBlank()) {
			where.append(" and nik = :nik");
			params.put("nik", query.nik().trim());
		}
		List<Employee> items = jdbc.sql("select * from employee" + where
				+ " order by name_key, id limit :limit offset :offset")
			.params(params)
			.param("limit", query.size())
			.param("offset", (long) query.page() * query.size())
			.query(Employees::map)
			.list();
		if (query.page() == 0 && items.size() < query.size()) {
			// the first page holds every match: no need to count them (most NIK lookups end here)
			return new Page<>(items, 0, query.size(), items.size());
		}
		// A common name prefix in a large employer matches tens of thousands: count at most COUNT_CAP of them beyond
		// the start of this page, so a capped total still lies past the page and the next one stays reachable.
		long cap = (long) query.page() * query.size() + COUNT_CAP;
		String count = prefix.isEmpty() ? "select count(*) from employee" + where
				: "select count(*) from (select 1 from employee" + where + " limit " + (cap + 1) + ") matches";
		long total = jdbc.sql(count).params(params).query(Long.class).single();
		boolean capped = total > cap;
		return new Page<>(items, query.page(), query.size(), capped ? cap : total, capped ? Boolean.TRUE : null);
	}

	/** The periods of an employee's career, oldest first; the last one, still open, is the employee row. */
	public List<Employee.Period> periods(long employeeId) {
		return jdbc.sql("""
				select valid_from, valid_to, employer_code, unit, position_class, position_title, grade, status, source
				from employee_period where employee_id = :id
				union all
				select period_from, null, employer_code, unit, position_class, position_title, grade, status,
				  period_source
				from employee where id = :id
				order by 1
				""")
			.param("id", employeeId)
			.query((rs, row) -> new Employee.Period(rs.getObject(1, OffsetDateTime.class).toInstant(),
					instant(rs.getObject(2, OffsetDateTime.class)), rs.getString(3), rs.getString(4),
					enumOrNull(PositionClass.class, rs.getString(5)), rs.getString(6), rs.getString(7),
					EmployeeStatus.valueOf(rs.getString(8)), rs.getString(9)))
			.list();
	}

	/** The period that contains a moment: where the employee stood at the time of an act. */
	public Optional<Employee.Period> periodAt(long employeeId, Instant moment) {
		return periods(employeeId).stream().filter(period -> period.contains(moment)).findFirst();
	}

	public long count() {
		return jdbc.sql("select count(*) from employee").query(Long.class).single();
	}

	private Optional<Employee> one(String condition, String key, RegistryScope scope) {
		StringBuilder where = new StringBuilder(" where " + condition);
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("key", key);
		scope.restrict(where, params);
		return jdbc.sql("select * from employee" + where).params(params).query(Employees::map).optional();
	}

	static Employee map(ResultSet rs, int row) throws SQLException {
		String social = rs.getString("social_accounts");
		return new Employee(rs.getLong("id"), rs.getString("nip"), rs.getString("nik"), rs.getString("name"),
				rs.getObject("birth_date", LocalDate.class), Gender.valueOf(rs.getString("gender")),
				EmploymentType.valueOf(rs.getString("employment_type")), rs.getString("employer_code"),
				rs.getString("unit"), enumOrNull(PositionClass.class, rs.getString("position_class")),
				rs.getString("position_title"), rs.getString("grade"), rs.getString("work_region_code"),
				EmployeeStatus.valueOf(rs.getString("status")),
				social == null || social.isBlank() ? List.of() : Arrays.asList(social.split(";")),
				rs.getBoolean("synthetic"), rs.getObject("updated_at", OffsetDateTime.class).toInstant());
	}

	/** The open period of an employee row: where they stand now, since when. */
	private static Employee.Period currentPeriod(ResultSet rs) throws SQLException {
		return new Employee.Period(rs.getObject("period_from", OffsetDateTime.class).toInstant(), null,
				rs.getString("employer_code"), rs.getString("unit"),
				enumOrNull(PositionClass.class, rs.getString("position_class")), rs.getString("position_title"),
				rs.getString("grade"), EmployeeStatus.valueOf(rs.getString("status")), rs.getString("period_source"));
	}

	private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
		return value == null ? null : Enum.valueOf(type, value);
	}

	private static Instant instant(OffsetDateTime value) {
		return value == null ? null : value.toInstant();
	}
}
