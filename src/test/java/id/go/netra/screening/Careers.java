package id.go.netra.screening;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.go.netra.personnel.RegistryFiles;

/**
 * Plants synthetic careers in the registry the way its imports keep them (the periods that are over in
 * employee_period, each ending when the next began; the current one on the employee row), dated in the past, which
 * an import cannot do: its periods begin when it runs. Each person gets a fresh NIP (birth years 1961-1964).
 */
final class Careers {

	private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

	/** One post of a career: from {@code from} (10:00 Jakarta) until the next post's day. */
	record Post(LocalDate from, String employer, String region, String unit, String positionClass, String title,
			String grade, String status) {

		static Post active(LocalDate from, String employer, String unit, String positionClass, String title,
				String grade) {
			String region = employer.startsWith("PEMDA-") ? employer.substring(6) : null;
			return new Post(from, employer, region, unit, positionClass, title, grade, "ACTIVE");
		}

		Post dismissed(LocalDate on) {
			return new Post(on, employer, region, unit, positionClass, title, grade, "DISMISSED");
		}

		Post moved(LocalDate on, String toEmployer, String toUnit) {
			return new Post(on, toEmployer, toEmployer.startsWith("PEMDA-") ? toEmployer.substring(6) : null, toUnit,
					positionClass, title, grade, status);
		}
	}

	private final JdbcClient jdbc;
	private final Random random = new Random();

	Careers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The leads of a page that are about the planted people, by who they are; one lead per planted change. */
	static java.util.Map<String, tools.jackson.databind.JsonNode> planted(java.util.Map<String, String> nips,
			tools.jackson.databind.JsonNode page) {
		java.util.Map<String, String> byNip = new java.util.HashMap<>();
		nips.forEach((who, nip) -> byNip.put(nip, who));
		java.util.Map<String, tools.jackson.databind.JsonNode> found = new java.util.HashMap<>();
		for (tools.jackson.databind.JsonNode lead : page.path("leads")) {
			String who = byNip.get(lead.path("employee").path("nip").asString());
			if (who != null) {
				org.assertj.core.api.Assertions.assertThat(found.put(who, lead)).as("one lead per planted change")
					.isNull();
			}
		}
		return found;
	}

	static OffsetDateTime at(LocalDate day) {
		return LocalDateTime.of(day, java.time.LocalTime.of(10, 0)).atZone(JAKARTA).toOffsetDateTime();
	}

	/** Plants a PNS with these posts, oldest first; answers the NIP. */
	String plant(String name, List<Post> posts) {
		LocalDate birth = LocalDate.of(1961 + random.nextInt(4), 1 + random.nextInt(12), 1 + random.nextInt(28));
		int sequence = 1 + random.nextInt(999);
		String nip = RegistryFiles.nip(birth, 1990, false, sequence);
		while (jdbc.sql("select count(*) from employee where nip = :nip").param("nip", nip).query(Long.class)
			.single() > 0) {
			sequence = sequence % 999 + 1;
			nip = RegistryFiles.nip(birth, 1990, false, sequence);
		}
		String nik = RegistryFiles.nik("32.73", birth, false, 5000 + random.nextInt(5000));
		Post current = posts.get(posts.size() - 1);
		jdbc.sql("""
				insert into employee (registry_key, nip, nik, name, name_key, birth_date, gender, employment_type,
				  employer_code, unit, position_class, position_title, grade, work_region_code, status, synthetic,
				  updated_at, period_from, period_source)
				values (:nip, :nip, :nik, :name, :key, :birth, 'MALE', 'PNS', :employer, :unit, :class, :title, :grade,
				  :region, :status, true, :from, :from, 'uji penyaringan (sintetis)')
				""")
			.param("nip", nip)
			.param("nik", nik)
			.param("name", name)
			.param("key", name.toLowerCase(java.util.Locale.ROOT))
			.param("birth", birth)
			.param("employer", current.employer())
			.param("unit", current.unit())
			.param("class", current.positionClass())
			.param("title", current.title())
			.param("grade", current.grade())
			.param("region", current.region())
			.param("status", current.status())
			.param("from", at(current.from()))
			.update();
		long id = jdbc.sql("select id from employee where nip = :nip").param("nip", nip).query(Long.class).single();
		for (int i = 0; i < posts.size() - 1; i++) {
			Post post = posts.get(i);
			jdbc.sql("""
					insert into employee_period (employee_id, valid_from, valid_to, employer_code, unit, position_class,
					  position_title, grade, status, source)
					values (:id, :from, :to, :employer, :unit, :class, :title, :grade, :status, 'uji penyaringan (sintetis)')
					""")
				.param("id", id)
				.param("from", at(post.from()))
				.param("to", at(posts.get(i + 1).from()))
				.param("employer", post.employer())
				.param("unit", post.unit())
				.param("class", post.positionClass())
				.param("title", post.title())
				.param("grade", post.grade())
				.param("status", post.status())
				.update();
		}
		return nip;
	}
}
