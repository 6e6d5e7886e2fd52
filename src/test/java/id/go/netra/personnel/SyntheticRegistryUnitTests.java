package id.go.netra.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.go.netra.catalog.ReferenceFiles;
import tools.jackson.databind.JsonNode;

class SyntheticRegistryUnitTests {

	private static final int ROWS = 20_000;

	private static List<String> lines;

	private static List<Map<String, String>> rows;

	@BeforeAll
	static void writeOneRegistry() throws IOException {
		lines = write(new SyntheticRegistry(2024), ROWS).lines().toList();
		rows = lines.stream().skip(1).map(SyntheticRegistryUnitTests::byColumn).toList();
	}

	@Test
	void startsWithTheRegistryHeaderFollowedByTheRequestedRows() {
		// given a registry of 20,000 rows, written once for all tests
		// when its lines are read back
		// then
		assertThat(parse(lines.get(0))).isEqualTo(RegistryCsv.HEADER);
		assertThat(lines).hasSize(ROWS + 1);
		assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(RegistryCsv.HEADER.size()));
	}

	@Test
	void everyRowIsSyntheticWithAValidNikAndForAsnAValidNipThatAgrees() {
		// given
		Set<String> regencies = referenceRegencies();
		// when / then
		assertThat(rows).allSatisfy(row -> {
			assertThat(row.get(RegistryCsv.SYNTHETIC)).isEqualTo("true");
			Nik nik = new Nik(row.get(RegistryCsv.NIK));
			assertThat(regencies).contains(nik.regencyCode());
			assertThat(nik.gender()).isEqualTo(row.get(RegistryCsv.GENDER).equals("F") ? Gender.FEMALE : Gender.MALE);
			LocalDate birth = LocalDate.parse(row.get(RegistryCsv.BIRTH_DATE));
			assertThat(birth.getYear()).isBetween(1964, 2003);
			if (row.get(RegistryCsv.EMPLOYMENT_TYPE).equals("NON_ASN")) {
				assertThat(row.get(RegistryCsv.NIP)).isEmpty();
				return;
			}
			Nip nip = new Nip(row.get(RegistryCsv.NIP));
			nip.checkAgainst(nik);
			assertThat(nip.birthDate()).isEqualTo(birth);
			assertThat(nip.appointment().isEmpty()).isEqualTo(row.get(RegistryCsv.EMPLOYMENT_TYPE).equals("PPPK"));
			nip.appointment().ifPresent(tmt -> {
				assertThat(tmt).isBeforeOrEqualTo(YearMonth.now());
				assertThat(tmt.getYear() - birth.getYear()).isBetween(20, 35);
			});
		});
	}

	@Test
	void employersAndWorkRegionsExistInTheReferenceData() {
		// given
		Set<String> employers = referenceEmployers();
		Set<String> regencies = referenceRegencies();
		// when / then
		assertThat(rows).allSatisfy(row -> {
			assertThat(employers).contains(row.get(RegistryCsv.EMPLOYER));
			assertThat(regencies).contains(row.get(RegistryCsv.WORK_REGION));
		});
		assertThat(rows).filteredOn(row -> row.get(RegistryCsv.EMPLOYER).startsWith("PEMDA-"))
			.allSatisfy(row -> assertThat(row.get(RegistryCsv.WORK_REGION))
				.startsWith(row.get(RegistryCsv.EMPLOYER).substring("PEMDA-".length())));
	}

	@Test
	void employmentTypesAndTheRegionalShareFollowTheTargets() {
		// given
		List<Map<String, String>> asn = rows.stream()
			.filter(row -> !row.get(RegistryCsv.EMPLOYMENT_TYPE).equals("NON_ASN"))
			.toList();
		// when
		double regional = share(asn, row -> row.get(RegistryCsv.EMPLOYER).startsWith("PEMDA-"));
		// then
		assertThat(share(rows, row -> row.get(RegistryCsv.EMPLOYMENT_TYPE).equals("PNS"))).isCloseTo(0.75,
				within(0.02));
		assertThat(share(rows, row -> row.get(RegistryCsv.EMPLOYMENT_TYPE).equals("PPPK"))).isCloseTo(0.22,
				within(0.02));
		assertThat(share(rows, row -> row.get(RegistryCsv.EMPLOYMENT_TYPE).equals("NON_ASN"))).isCloseTo(0.03,
				within(0.01));
		assertThat(regional).isBetween(0.59, 0.66);
		assertThat(share(rows, row -> row.get(RegistryCsv.STATUS).equals("ACTIVE"))).isCloseTo(0.97, within(0.01));
		assertThat(share(rows, row -> row.get(RegistryCsv.POSITION_CLASS).equals("FUNCTIONAL"))).isCloseTo(0.50,
				within(0.03));
	}

	@Test
	void gradesMatchTheEmploymentType() {
		// when / then
		assertThat(rows).allSatisfy(row -> {
			String grade = row.get(RegistryCsv.GRADE);
			switch (row.get(RegistryCsv.EMPLOYMENT_TYPE)) {
				case "PNS" -> assertThat(grade).matches("(II|III|IV)/[a-e]");
				case "PPPK" -> assertThat(grade).matches("V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV");
				default -> assertThat(grade).isEmpty();
			}
		});
	}

	@Test
	void unitsWithACommaAreQuoted() {
		// when
		List<String> quoted = rows.stream().map(row -> row.get(RegistryCsv.UNIT)).filter(unit -> unit.contains(","))
			.toList();
		// then they parse back as one field (every row has all columns, checked above)
		assertThat(quoted).isNotEmpty()
			.allSatisfy(unit -> assertThat(unit).startsWith("Dinas Pemberdayaan Perempuan, Perlindungan Anak"));
		assertThat(lines).anySatisfy(line -> assertThat(line).contains(",\"Dinas Pemberdayaan Perempuan, "));
	}

	@Test
	void nipIsUniqueOverTwoHundredThousandRows(@TempDir Path directory) throws IOException {
		// given
		Path file = directory.resolve("registry.csv");
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			new SyntheticRegistry(99).write(out, 200_000);
		}
		Set<String> nips = new HashSet<>();
		Set<String> niks = new HashSet<>();
		int asn = 0;
		// when
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			in.readLine();
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				int comma = line.indexOf(',');
				if (comma > 0) {
					asn++;
					nips.add(line.substring(0, comma));
				}
				niks.add(line.substring(comma + 1, line.indexOf(',', comma + 1)));
			}
		}
		// then
		assertThat(asn).isGreaterThan(190_000);
		assertThat(nips).hasSize(asn);
		assertThat(niks).hasSize(200_000);
	}

	@Test
	void theSameSeedGivesTheSameFileAndAnotherSeedADifferentOne() throws IOException {
		// when
		String first = write(new SyntheticRegistry(7), 5_000);
		String again = write(new SyntheticRegistry(7), 5_000);
		String other = write(new SyntheticRegistry(8), 5_000);
		// then
		assertThat(again).isEqualTo(first);
		assertThat(other).isNotEqualTo(first);
		assertThat(other.lines().skip(1).limit(100)).doesNotContainAnyElementsOf(first.lines().skip(1).toList());
	}

	@Test
	void refusesSizesOutsideTheSupportedRange() {
		// given
		SyntheticRegistry registry = new SyntheticRegistry(1);
		// when / then
		assertThatIllegalArgumentException().isThrownBy(() -> registry.write(new StringWriter(), 0));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> registry.write(new StringWriter(), SyntheticRegistry.MAX_ROWS + 1));
	}

	private static String write(SyntheticRegistry registry, long rows) throws IOException {
		StringWriter out = new StringWriter();
		assertThat(registry.write(out, rows)).isEqualTo(rows);
		return out.toString();
	}

	private static double share(List<Map<String, String>> rows, java.util.function.Predicate<Map<String, String>> test) {
		return rows.stream().filter(test).count() / (double) rows.size();
	}

	private static Map<String, String> byColumn(String line) {
		List<String> fields = parse(line);
		Map<String, String> row = new HashMap<>();
		for (int i = 0; i < fields.size(); i++) {
			row.put(i < RegistryCsv.HEADER.size() ? RegistryCsv.HEADER.get(i) : "extra" + i, fields.get(i));
		}
		return row;
	}

	/** One RFC 4180 record without line breaks inside fields. */
	private static List<String> parse(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
				field.append('"');
				i++;
			}
			else if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}

	private static Set<String> referenceEmployers() {
		Set<String> codes = new HashSet<>();
		ReferenceFiles.read("employers-central").path("employers").forEach(e -> codes.add(e.path("code").asString()));
		JsonNode regions = ReferenceFiles.read("regions");
		regions.path("provinces").forEach(p -> codes.add("PEMDA-" + p.path("code").asString()));
		regions.path("regencies")
			.forEach(r -> {
				if (r.path("autonomous").asBoolean()) {
					codes.add("PEMDA-" + r.path("code").asString());
				}
			});
		return codes;
	}

	private static Set<String> referenceRegencies() {
		Set<String> codes = new HashSet<>();
		ReferenceFiles.read("regions").path("regencies").forEach(r -> codes.add(r.path("code").asString()));
		return codes;
	}
}
