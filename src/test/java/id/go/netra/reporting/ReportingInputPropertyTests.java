package id.go.netra.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * What reporting reads from outside, generated: agency CSV files and their rows, and the first bytes of an
 * evidence file. Each is read or refused with a reason, never with another failure.
 */
class ReportingInputPropertyTests {

	private static final String HEADER = String.join(",", AgencyReportImport.COLUMNS);

	@Property(tries = 500)
	void anAgencyCsvIsReadOrRefusedAsAWhole(@ForAll("agencyCsv") String csv) {
		try {
			AgencyReportImport.Records records = AgencyReportImport.read(csv);
			assertThat(records.rows().size()).isLessThanOrEqualTo(AgencyReportImport.MAX_ROWS);
			records.rows().keySet().forEach(line -> assertThat(line).isGreaterThan(1));
		}
		catch (DomainException refused) {
			assertThat(refused.status()).isEqualTo(400);
		}
	}

	@Property(tries = 1000)
	void anAgencyRowBecomesASubmissionOrIsRefusedFieldByField(@ForAll("agencyRows") List<String> fields,
			@ForAll("kinds") ReportKind defaultKind) {
		Map<String, Integer> columns = AgencyReportImport.read(HEADER + "\r\n").columns();
		try {
			AgencyReportImport.Parsed row = AgencyReportImport.parse(fields, columns, defaultKind);
			assertThat(row.kind()).isNotNull();
			assertThat(row.submission().incident().links()).doesNotContainNull();
		}
		catch (InvalidInput refused) {
			assertThat(refused.problems()).isNotEmpty();
		}
	}

	@Property(tries = 2000)
	void theEvidenceTypeOfAnyBytesIsRecognisedOrNot(@ForAll @Size(max = 16) byte[] head) {
		EvidenceType.recognise(head).ifPresent(type -> assertThat(type.kind()).isNotNull());
	}

	@Provide
	Arbitrary<String> agencyCsv() {
		Arbitrary<String> field = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(12),
				Arbitraries.strings().withChars("\"\r\n, a=\u200B\u0000").ofMaxLength(8));
		Arbitrary<String> line = field.list().ofMaxSize(12).map(fields -> String.join(",", fields));
		return Arbitraries.oneOf(line.list().ofMaxSize(6).map(lines -> HEADER + "\r\n" + String.join("\r\n", lines)),
				line.list().ofMaxSize(6).map(lines -> String.join("\n", lines)),
				Arbitraries.strings().all().ofMaxLength(200));
	}

	@Provide
	Arbitrary<List<String>> agencyRows() {
		List<String> valid = List.of("SUPERVISOR_FINDING", "", "", "Lurah Uji", "Pemerintah Kota Bandung", "Lurah",
				"2026-02-02", "32.73", "Lurah membagikan bahan kampanye di balai kelurahan", "https://contoh.invalid/a");
		Arbitrary<String> strange = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(20),
				Arbitraries.of("", "\u200B\u00A0", "supervisor_finding", "PUBLIC", "2026-02-30", "+2026-02-02",
						"02/02/2026", "  a   b  ", "javascript:alert(1)", "\u0000", "ı"));
		return Arbitraries.integers().between(0, valid.size() + 2).list().ofMinSize(1).ofMaxSize(4)
			.flatMap(positions -> strange.list().ofSize(positions.size()).map(values -> {
				List<String> record = new ArrayList<>(valid);
				for (int i = 0; i < positions.size(); i++) {
					int at = positions.get(i);
					if (at < record.size()) {
						record.set(at, values.get(i));
					}
					else {
						record.remove(record.size() - 1);
					}
				}
				return record;
			}));
	}

	@Provide
	Arbitrary<ReportKind> kinds() {
		return Arbitraries.of(ReportKind.class).injectNull(0.3);
	}
}
