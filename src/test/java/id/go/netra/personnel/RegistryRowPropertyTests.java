package id.go.netra.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import id.go.netra.DomainException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Rows of a registry file, generated: a valid row with some fields replaced by strange text, or any list of
 * strings. The parser accepts the row or refuses it with a {@link DomainException} (a reason for the error
 * report), never anything else, as one row must not fail an import of millions.
 */
class RegistryRowPropertyTests {

	/** The columns of RegistryFiles' rows: every column but EMAIL. */
	private static final RegistryRow.Columns COLUMNS = RegistryRow.Columns
		.of(RegistryCsv.HEADER.stream().filter(column -> !column.equals(RegistryCsv.EMAIL)).toList());
	private static final Set<String> EMPLOYERS = Set.of("PEMDA-32.73");
	private static final Set<String> REGIONS = Set.of("32.73", "32");

	@Property(tries = 1000)
	void aMutatedRowIsAcceptedOrRefusedWithAReason(@ForAll("mutatedRows") List<String> record) {
		parsedOrRefused(record);
	}

	@Property(tries = 300)
	void anyListOfStringsIsAcceptedOrRefusedWithAReason(@ForAll("anyRows") List<String> record) {
		parsedOrRefused(record);
	}

	@Property(tries = 300)
	void anyHeaderHasItsColumnsOrIsRefused(@ForAll("anyRows") List<String> header) {
		try {
			RegistryRow.Columns.of(header);
		}
		catch (DomainException refused) {
			assertThat(refused.messageCode()).isEqualTo("personnel.import.missingColumns");
		}
	}

	@Property(tries = 100)
	void aValidRowWithInvisibleCharactersAroundItsNameKeepsTheName(@ForAll("invisible") String around) {
		List<String> record = new ArrayList<>(valid());
		record.set(RegistryCsv.HEADER.indexOf(RegistryCsv.NAME), around + "Pegawai Uji" + around);
		RegistryRow row = RegistryRow.parse(record, COLUMNS, EMPLOYERS, REGIONS);
		assertThat(row.name()).contains("Pegawai Uji").doesNotContain("\u0000");
	}

	@Property(tries = 100)
	void aNameOfOnlyInvisibleCharactersIsMissing(@ForAll("invisible") String name) {
		List<String> record = new ArrayList<>(valid());
		record.set(RegistryCsv.HEADER.indexOf(RegistryCsv.NAME), name);
		try {
			RegistryRow.parse(record, COLUMNS, EMPLOYERS, REGIONS);
			throw new AssertionError("accepted a name of only invisible characters");
		}
		catch (DomainException refused) {
			assertThat(refused.messageCode()).isEqualTo("personnel.import.required");
		}
	}

	private static void parsedOrRefused(List<String> record) {
		try {
			RegistryRow row = RegistryRow.parse(record, COLUMNS, EMPLOYERS, REGIONS);
			assertThat(row.registryKey()).isNotBlank();
			assertThat(row.name()).isNotBlank();
		}
		catch (DomainException refused) {
			assertThat(refused.status()).isEqualTo(400);
		}
	}

	private static List<String> valid() {
		RegistryFiles file = new RegistryFiles();
		file.valid(7, "Pegawai Uji", "PEMDA-32.73", "32.73");
		String line = file.content().lines().skip(1).findFirst().orElseThrow();
		return List.of(line.split(",", -1));
	}

	@Provide
	Arbitrary<List<String>> mutatedRows() {
		List<String> valid = valid();
		Arbitrary<String> strange = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(30),
				Arbitraries.strings().withChars("0123456789 -/.:").ofMaxLength(25),
				Arbitraries.of("", " ", "\u200B", "\u0000", "NON_ASN", "PPPK", "pns", "x".repeat(400), "1985-02-29",
						"+1985-03-15", "L", "P", "f", "ı", "İ", "TRUE", "=1+1"));
		return Arbitraries.integers().between(0, valid.size() - 1).list().ofMinSize(1).ofMaxSize(4)
			.flatMap(positions -> strange.list().ofSize(positions.size()).map(values -> {
				List<String> record = new ArrayList<>(valid);
				for (int i = 0; i < positions.size(); i++) {
					record.set(positions.get(i), values.get(i));
				}
				return record;
			}));
	}

	@Provide
	Arbitrary<List<String>> anyRows() {
		return Arbitraries.strings().all().ofMaxLength(20).list().ofMaxSize(20);
	}

	@Provide
	Arbitrary<String> invisible() {
		return Arbitraries.strings().withChars("\u200B\u200C\u200D\u2060\uFEFF\u00AD\u00A0\u3000 \t\u0000")
			.ofMinLength(1)
			.ofMaxLength(6);
	}
}
