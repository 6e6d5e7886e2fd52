package id.go.netra.screening;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import id.go.netra.CsvRecords;
import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.personnel.Nik;
import id.go.netra.personnel.PersonName;

/**
 * A party's membership list as parties hand it in: CSV with a header row naming NIK, NAMA, TANGGAL_LAHIR, PARTAI
 * and KEPENGURUSAN in any order, or the names parties use for them (NO_KTP, NAMA_LENGKAP, TGL_LAHIR, JABATAN ...),
 * or names the uploader maps ({@code "NIK=Nomor KTP;NAMA=Nama Anggota"}). UTF-8 unless another encoding is named
 * (windows-1252 from an old Excel); a UTF-16 file is recognised by its byte-order mark. Each row is accepted or
 * refused with its reasons; a file without a name or birth-date column is refused as a whole.
 */
final class PartyMemberFile {

	static final String NIK = "NIK";
	static final String NAME = "NAMA";
	static final String BIRTH_DATE = "TANGGAL_LAHIR";
	static final String PARTY = "PARTAI";
	static final String POSITION = "KEPENGURUSAN";

	private static final Map<String, String> SYNONYMS = synonyms();

	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("uuuu-M-d"),
			DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"),
			DateTimeFormatter.ofPattern("d.M.uuuu"))
		.stream()
		.map(f -> f.withResolverStyle(ResolverStyle.STRICT))
		.toList();

	/** An accepted row. */
	record Member(long line, String nik, String name, String matchKey, LocalDate birthDate, String party,
			String position) {
	}

	/** A refused row: its line (the header is line 1) and what is wrong, as message codes with arguments. */
	record Refusal(long line, List<InvalidInput.FieldProblem> problems) {
	}

	private PartyMemberFile() {
	}

	/**
	 * Reads the file, handing every accepted row to {@code accepted} and every refused one to {@code refused};
	 * returns how many data rows were read.
	 */
	static long read(byte[] content, String encoding, String columnMap, String party, LocalDate today,
			Consumer<Member> accepted, Consumer<Refusal> refused) {
		if (content == null || content.length == 0) {
			throw new InvalidInput.Collector().reject("file", "screening.file.empty").refusal();
		}
		Map<String, String> mapped = columnMap(columnMap);
		try (Reader reader = reader(content, encoding)) {
			CsvRecords records = new CsvRecords(reader);
			List<String> header = records.next();
			Map<String, Integer> columns = columns(header, mapped);
			long rows = 0;
			for (List<String> fields = records.next(); fields != null; fields = records.next()) {
				if (fields.size() == 1 && fields.get(0).isBlank()) {
					continue;
				}
				rows++;
				row(records.recordNumber(), fields, columns, party, today, accepted, refused);
			}
			return rows;
		}
		catch (CharacterCodingException e) {
			throw new InvalidInput.Collector().reject("file", "screening.file.encoding",
					encoding == null || encoding.isBlank() ? "UTF-8" : encoding.strip()).refusal();
		}
		catch (IOException e) {
			throw new InvalidInput.Collector().reject("file", "screening.file.unreadable", e.getMessage()).refusal();
		}
	}

	private static void row(long line, List<String> fields, Map<String, Integer> columns, String party, LocalDate today,
			Consumer<Member> accepted, Consumer<Refusal> refused) {
		InvalidInput.Collector problems = new InvalidInput.Collector();
		String nik = field(fields, columns, NIK).replace(" ", "").replace(".", "");
		if (!nik.isEmpty()) {
			try {
				Nik.of(nik);
			}
			catch (DomainException e) {
				problems.reject(NIK, e.messageCode(), e.arguments());
			}
		}
		String name = field(fields, columns, NAME);
		String key = PersonName.matchKey(name);
		if (name.isEmpty()) {
			problems.reject(NAME, "screening.row.nameRequired");
		}
		else if (name.length() > 200) {
			problems.reject(NAME, "screening.row.nameTooLong", 200);
		}
		else if (key.isEmpty()) {
			problems.reject(NAME, "screening.row.nameWithoutLetters");
		}
		LocalDate birth = date(field(fields, columns, BIRTH_DATE), today, problems);
		String rowParty = field(fields, columns, PARTY);
		if (!rowParty.isEmpty() && !rowParty.equalsIgnoreCase(party)) {
			problems.reject(PARTY, "screening.row.otherParty", rowParty, party);
		}
		String position = field(fields, columns, POSITION);
		if (position.length() > 200) {
			problems.reject(POSITION, "screening.row.positionTooLong", 200);
		}
		if (problems.isEmpty()) {
			accepted.accept(new Member(line, nik.isEmpty() ? null : nik, name, key, birth, party,
					position.isEmpty() ? null : position));
		}
		else {
			refused.accept(new Refusal(line, problems.refusal().problems()));
		}
	}

	private static LocalDate date(String text, LocalDate today, InvalidInput.Collector problems) {
		if (text.isEmpty()) {
			problems.reject(BIRTH_DATE, "screening.row.birthDateRequired");
			return null;
		}
		for (DateTimeFormatter format : DATES) {
			try {
				LocalDate date = LocalDate.parse(text, format);
				if (date.getYear() < 1900 || date.isAfter(today)) {
					problems.reject(BIRTH_DATE, "screening.row.birthDateImplausible", text);
					return null;
				}
				return date;
			}
			catch (DateTimeParseException e) {
				// the next format
			}
		}
		problems.reject(BIRTH_DATE, "screening.row.birthDateFormat", text);
		return null;
	}

	private static String field(List<String> fields, Map<String, Integer> columns, String column) {
		Integer index = columns.get(column);
		return index == null || index >= fields.size() ? "" : fields.get(index).strip();
	}

	private static Map<String, Integer> columns(List<String> header, Map<String, String> mapped) {
		if (header == null) {
			throw new InvalidInput.Collector().reject("file", "screening.file.empty").refusal();
		}
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String name = normal(header.get(i));
			String column = mapped.getOrDefault(name, SYNONYMS.get(name));
			if (column != null) {
				columns.putIfAbsent(column, i);
			}
		}
		InvalidInput.Collector problems = new InvalidInput.Collector();
		for (String required : List.of(NAME, BIRTH_DATE)) {
			if (!columns.containsKey(required)) {
				problems.reject("file", "screening.file.columnMissing", required, String.join(", ", header));
			}
		}
		problems.throwIfAny();
		return columns;
	}

	/** "NIK=Nomor KTP;NAMA=Nama Anggota": the file's header names for the list's columns. */
	private static Map<String, String> columnMap(String text) {
		Map<String, String> mapped = new HashMap<>();
		if (text == null || text.isBlank()) {
			return mapped;
		}
		for (String pair : text.split("[;\\n]")) {
			if (pair.isBlank()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String column = equals < 0 ? "" : normal(pair.substring(0, equals));
			if (!List.of(NIK, NAME, BIRTH_DATE, PARTY, POSITION).contains(column)) {
				throw new InvalidInput.Collector().reject("columns", "screening.file.columnMapInvalid", pair.strip())
					.refusal();
			}
			mapped.put(normal(pair.substring(equals + 1)), column);
		}
		return mapped;
	}

	private static String normal(String header) {
		return header.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
	}

	private static Reader reader(byte[] content, String encoding) {
		Charset charset;
		int skip = 0;
		if (content.length >= 2 && (content[0] & 0xff) == 0xFF && (content[1] & 0xff) == 0xFE) {
			charset = StandardCharsets.UTF_16LE;
			skip = 2;
		}
		else if (content.length >= 2 && (content[0] & 0xff) == 0xFE && (content[1] & 0xff) == 0xFF) {
			charset = StandardCharsets.UTF_16BE;
			skip = 2;
		}
		else if (encoding == null || encoding.isBlank()) {
			charset = StandardCharsets.UTF_8;
		}
		else {
			try {
				charset = Charset.forName(encoding.strip());
			}
			catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
				throw new InvalidInput.Collector().reject("encoding", "screening.file.encodingUnknown", encoding.strip())
					.refusal();
			}
		}
		InputStream in = new ByteArrayInputStream(content, skip, content.length - skip);
		return new InputStreamReader(in, charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT));
	}

	private static Map<String, String> synonyms() {
		Map<String, String> synonyms = new HashMap<>();
		for (String name : List.of("NIK", "NO_KTP", "NOMOR_KTP", "NO_NIK", "KTP", "NOMOR_INDUK_KEPENDUDUKAN", "NIK_KTP")) {
			synonyms.put(name, NIK);
		}
		for (String name : List.of("NAMA", "NAMA_LENGKAP", "NAMA_ANGGOTA", "NAME", "NAMA_PENGURUS")) {
			synonyms.put(name, NAME);
		}
		for (String name : List.of("TANGGAL_LAHIR", "TGL_LAHIR", "TGLLAHIR", "TANGGAL_LHR", "TGL_LHR", "BIRTH_DATE")) {
			synonyms.put(name, BIRTH_DATE);
		}
		for (String name : List.of("PARTAI", "NAMA_PARTAI", "PARTAI_POLITIK", "PARTY")) {
			synonyms.put(name, PARTY);
		}
		for (String name : List.of("KEPENGURUSAN", "JABATAN", "JABATAN_PARTAI", "JABATAN_KEPENGURUSAN", "POSITION",
				"STATUS_KEANGGOTAAN")) {
			synonyms.put(name, POSITION);
		}
		return synonyms;
	}
}
