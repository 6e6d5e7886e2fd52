package id.go.netra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Outside input, generated: the CSV reader, the CSV writer and the UTF-8 check never fail in a way other than
 * their documented refusal, and what Netra writes it reads back. Tries are bounded so the class runs in
 * seconds.
 */
class InputPropertyTests {

	@Property(tries = 500)
	void theCsvReaderRefusesOnlyWithAnIOException(@ForAll("csvLikeText") String text) {
		CsvRecords records = new CsvRecords(new StringReader(text));
		try {
			long count = 0;
			for (List<String> record = records.next(); record != null; record = records.next()) {
				assertThat(record).isNotEmpty();
				count++;
			}
			assertThat(records.recordNumber()).isEqualTo(count);
		}
		catch (IOException refused) {
			assertThat(refused).hasMessageContaining("quoted field");
		}
	}

	@Property(tries = 500)
	void writtenRecordsReadBackWithFormulasNeutralised(@ForAll("records") List<List<String>> written)
			throws IOException {
		StringBuilder file = new StringBuilder();
		written.forEach(record -> file.append(CsvRecords.line(record)));

		CsvRecords records = new CsvRecords(new StringReader(file.toString()));
		List<List<String>> read = new ArrayList<>();
		for (List<String> record = records.next(); record != null; record = records.next()) {
			read.add(record);
		}

		assertThat(read).isEqualTo(written.stream().map(record -> record.stream()
			.map(value -> !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value)
			.toList()).toList());
	}

	@Property(tries = 200)
	void noWrittenTextCellStartsAFormula(@ForAll("cell") String value) {
		String cell = CsvRecords.cell(value);
		String unquoted = cell.startsWith("\"") ? cell.substring(1) : cell;
		assertThat(unquoted).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
			.doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
	}

	@Property(tries = 1000)
	void theUtf8CheckAcceptsExactlyUtf8WithoutNul(@ForAll @Size(max = 64) byte[] bytes,
			@ForAll @IntRange(min = 1, max = 64) int piece) {
		boolean valid = isUtf8WithoutNul(bytes);
		boolean wholeAccepted = accepted(() -> assertThat(Utf8.decode(bytes))
			.isEqualTo(new String(bytes, StandardCharsets.UTF_8)));
		boolean piecesAccepted = accepted(() -> {
			Utf8 check = Utf8.check();
			for (int from = 0; from < bytes.length; from += piece) {
				byte[] part = java.util.Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + piece));
				check.feed(part, part.length);
			}
			check.finish();
		});
		assertThat(wholeAccepted).isEqualTo(valid);
		assertThat(piecesAccepted).isEqualTo(valid);
	}

	@Property(tries = 300)
	void validUtf8TextIsAlwaysAccepted(@ForAll("csvLikeText") String text) {
		// a lone surrogate is written as '?', as Java writes UTF-8
		byte[] bytes = text.replace("\0", "").getBytes(StandardCharsets.UTF_8);
		assertThat(Utf8.decode(bytes)).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
	}

	@Property(tries = 500)
	void receivedTextIsEmptyExactlyWhenBlankAndNeverHoldsAControlCharacter(@ForAll("cell") String text) {
		String received = Texts.received(text);
		assertThat(received.isEmpty()).isEqualTo(Texts.isBlank(text));
		assertThat(received.chars().filter(c -> Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n'
				&& c != '\r')).isEmpty();
	}

	@Property(tries = 300)
	void aFileNameIsNeverAPathAndNeverHoldsControlCharacters(@ForAll("cell") String sent) {
		String name = Texts.fileName(sent);
		if (name != null) {
			assertThat(name).doesNotContain("/", "\\").isNotBlank().hasSizeLessThanOrEqualTo(200);
			assertThat(name.chars().filter(c -> Character.getType(c) == Character.CONTROL
					|| Character.getType(c) == Character.FORMAT)).isEmpty();
		}
	}

	@Provide
	Arbitrary<String> csvLikeText() {
		return Arbitraries.frequencyOf(
				net.jqwik.api.Tuple.of(5, Arbitraries.strings().withChars("ab,\"\r\n \uFEFF=").ofMaxLength(200)),
				net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMaxLength(200)));
	}

	@Provide
	Arbitrary<String> cell() {
		return Arbitraries.frequencyOf(
				net.jqwik.api.Tuple.of(4, Arbitraries.strings().withChars("=+-@\t\r\n,\" a1'\u200B\u0000").ofMaxLength(30)),
				net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMaxLength(30)));
	}

	@Provide
	Arbitrary<List<List<String>>> records() {
		// a record of one empty field is written as an empty line, which reads back as one empty field too
		return Arbitraries.integers().between(1, 6).flatMap(width -> cell().list().ofSize(width)
			.filter(record -> width > 1 || !record.get(0).isEmpty())
			.list()
			.ofMaxSize(8));
	}

	private static boolean isUtf8WithoutNul(byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return text.indexOf('\0') < 0;
		}
		catch (CharacterCodingException e) {
			return false;
		}
	}

	private static boolean accepted(Runnable check) {
		try {
			check.run();
			return true;
		}
		catch (DomainException refused) {
			assertThat(refused.messageCode()).isEqualTo(Utf8.NOT_UTF8);
			return false;
		}
	}
}
