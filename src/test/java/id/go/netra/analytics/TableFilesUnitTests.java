package id.go.netra.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.go.netra.TableFiles;

class TableFilesUnitTests {

	@Test
	void aCsvExportNeutralisesFormulasInTextAndKeepsNegativeCounts() {
		TableFiles.Table table = new TableFiles.Table("uji", List.of("instansi", "perubahan", "tanggal"),
				List.of(List.<Object>of("=HYPERLINK(\"http://contoh.invalid\")", -2, LocalDate.of(2026, 2, 2)),
						List.<Object>of("@Pemkot", 3, LocalDate.of(2026, 2, 3))));

		byte[] csv = TableFiles.csv(table);

		assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList()).containsExactly(
				"instansi,perubahan,tanggal", "\"'=HYPERLINK(\"\"http://contoh.invalid\"\")\",-2,2026-02-02",
				"'@Pemkot,3,2026-02-03");
	}
}
