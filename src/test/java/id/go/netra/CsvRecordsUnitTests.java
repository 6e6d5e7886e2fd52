package id.go.netra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvRecordsUnitTests {

	@Test
	void textThatASpreadsheetWouldRunAsAFormulaGetsAnApostrophe() {
		assertThat(CsvRecords.line(List.of("=HYPERLINK(\"http://x.invalid\",\"klik\")", "+1", "-2+3", "@SUM(A1)",
				"\tX", "\rY", "Ani")))
			.isEqualTo("\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"klik\"\")\",'+1,'-2+3,'@SUM(A1),'\tX,\"'\rY\",Ani\r\n");
	}

	@Test
	void numbersStayNumbersEvenWhenNegative() {
		assertThat(CsvRecords.line(List.of(-3, 12L, new BigDecimal("-0.5"), LocalDate.of(2026, 2, 2), "-3")))
			.isEqualTo("-3,12,-0.5,2026-02-02,'-3\r\n");
	}

	@Test
	void emptyAndMissingValuesAreEmptyFields() {
		assertThat(CsvRecords.line(Arrays.asList(null, "", "a"))).isEqualTo(",,a\r\n");
	}

	@Test
	void aWrittenRecordReadsBackAsWritten() throws IOException {
		List<String> values = List.of("Lurah \"Uji\", sintetis", "baris\r\nkedua", "", "'=1", " spasi ");
		CsvRecords records = new CsvRecords(new StringReader(CsvRecords.line(values) + CsvRecords.line(values)));
		assertThat(records.next()).containsExactlyElementsOf(values);
		assertThat(records.next()).containsExactlyElementsOf(values);
		assertThat(records.next()).isNull();
		assertThat(records.recordNumber()).isEqualTo(2);
	}

	@Test
	void aQuoteLeftOpenIsRefusedAsUnreadable() {
		assertThatThrownBy(() -> new CsvRecords(new StringReader("a,\"b\r\n")).next()).isInstanceOf(IOException.class);
	}
}
