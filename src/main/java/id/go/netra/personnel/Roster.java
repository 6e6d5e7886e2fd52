package id.go.netra.personnel;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff in service at one employer, for work that must reach each of them (the integrity pact): read as one
 * stream in registry order, so a regency of several thousand employees costs one query, not one per person.
 */
@Service
public class Roster {

	/**
	 * One employee on the roster. {@code nip} is null for non-ASN staff, who are known by {@code nik}; {@code email}
	 * is the registry's address, null where it has none.
	 */
	public record Member(long employeeId, String nip, String nik, String name, LocalDate birthDate,
			EmploymentType employmentType, String email) {

		/** The number the employee identifies with: the NIP, or the NIK for non-ASN staff. */
		public String registryNumber() {
			return nip != null ? nip : nik;
		}
	}

	private final JdbcClient jdbc;

	Roster(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Hands every active employee of the employer to {@code each}, in registry order. */
	@Transactional(readOnly = true)
	public void forEach(String employerCode, Consumer<Member> each) {
		try (Stream<Member> members = jdbc.sql("""
				select id, nip, nik, name, birth_date, employment_type, email from employee
				where employer_code = :employer and status = 'ACTIVE' order by id""")
			.param("employer", employerCode)
			.query(Roster::member)
			.stream()) {
			members.forEach(each);
		}
	}

	/** One employee by NIP, whatever their status: who a personal notice goes to, and how they prove it is them. */
	public java.util.Optional<Member> byNip(String nip) {
		return jdbc.sql("select id, nip, nik, name, birth_date, employment_type, email from employee where nip = :nip")
			.param("nip", nip)
			.query(Roster::member)
			.optional();
	}

	private static Member member(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Member(rs.getLong("id"), rs.getString("nip"), rs.getString("nik"), rs.getString("name"),
				rs.getObject("birth_date", LocalDate.class), EmploymentType.valueOf(rs.getString("employment_type")),
				rs.getString("email"));
	}
}
