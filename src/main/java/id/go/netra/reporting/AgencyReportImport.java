package id.go.netra.reporting;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.go.netra.CsvRecords;
import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.Texts;
import id.go.netra.Utf8;
import id.go.netra.identity.Actor;

/**
 * Many agency reports at once from a CSV file (UTF-8, header row, columns below in any order). The whole file is
 * read and checked first (its encoding, its quotes, its size), so a file refused as a whole files nothing. Then
 * each row is filed on its own, in its own transaction: a bad row is reported with its line and reasons and
 * does not stop the others, and a row identical to an earlier one is reported as a duplicate, not filed twice. Columns: JENIS (report kind), NIP, NIK, NAMA, INSTANSI, JABATAN, TANGGAL_KEJADIAN (yyyy-mm-dd),
 * KODE_WILAYAH, URAIAN, TAUTAN (links separated by spaces).
 */
@Component
class AgencyReportImport {

	static final List<String> COLUMNS = List.of("JENIS", "NIP", "NIK", "NAMA", "INSTANSI", "JABATAN",
			"TANGGAL_KEJADIAN", "KODE_WILAYAH", "URAIAN", "TAUTAN");
	static final int MAX_ROWS = 5000;

	/** One row's outcome: its complaint number, or why it was refused, or the earlier line it repeats. */
	record Row(long line, String complaintNumber, List<String> errors, Long duplicateOf) {
	}

	/** The outcome per row; {@code rejected} does not count the duplicates. */
	record Result(int accepted, int rejected, int duplicates, List<Row> rows) {

		/** The refused rows as CSV: line, reasons; what a person fixes in the spreadsheet. */
		String errorReport() {
			StringBuilder csv = new StringBuilder("BARIS,ALASAN\r\n");
			rows.stream()
				.filter(row -> row.complaintNumber() == null)
				.forEach(row -> csv.append(CsvRecords.line(List.of(row.line(), String.join("; ", row.errors())))));
			return csv.toString();
		}
	}

	private final Reports reports;
	private final MessageSource messages;

	AgencyReportImport(Reports reports, MessageSource messages) {
		this.reports = reports;
		this.messages = messages;
	}

	/** Files the rows of a CSV file as sent (bytes that must be UTF-8). */
	Result run(Actor actor, byte[] content, ReportKind defaultKind, Locale locale) {
		Records file = read(Utf8.decode(content));
		List<Row> rows = new ArrayList<>();
		Map<List<String>, Long> firstLines = new HashMap<>();
		for (Map.Entry<Long, List<String>> record : file.rows().entrySet()) {
			long line = record.getKey();
			Long first = firstLines.putIfAbsent(sameness(record.getValue()), line);
			rows.add(first != null ? duplicate(line, first, locale)
					: file(actor, line, record.getValue(), file.columns(), defaultKind, locale));
		}
		int accepted = (int) rows.stream().filter(row -> row.complaintNumber() != null).count();
		int duplicates = (int) rows.stream().filter(row -> row.duplicateOf() != null).count();
		return new Result(accepted, rows.size() - accepted - duplicates, duplicates, rows);
	}

	/** The header's columns and the rows that are not blank, by their line in the spreadsheet. */
	record Records(Map<String, Integer> columns, Map<Long, List<String>> rows) {
	}

	static Records read(String content) {
		try {
			CsvRecords records = new CsvRecords(new StringReader(content));
			Map<String, Integer> columns = columns(records.next());
			Map<Long, List<String>> rows = new LinkedHashMap<>();
			for (List<String> fields = records.next(); fields != null; fields = records.next()) {
				if (fields.stream().allMatch(Texts::isBlank)) {
					continue;
				}
				if (rows.size() == MAX_ROWS) {
					throw DomainException.invalid("reporting.import.tooManyRows", MAX_ROWS);
				}
				rows.put(records.recordNumber(), fields);
			}
			return new Records(columns, rows);
		}
		catch (IOException e) {
			throw DomainException.invalid("reporting.import.unreadable", e.getMessage());
		}
	}

	/** Two rows are the same report when every field is the same, blanks around and after the last aside. */
	private static List<String> sameness(List<String> fields) {
		List<String> values = new ArrayList<>(fields.stream().map(String::strip).toList());
		while (!values.isEmpty() && values.get(values.size() - 1).isEmpty()) {
			values.remove(values.size() - 1);
		}
		return values;
	}

	private Row duplicate(long line, long first, Locale locale) {
		return new Row(line, null, List.of(messages.getMessage("reporting.import.duplicate", new Object[] { first },
				locale)), first);
	}

	private Row file(Actor actor, long line, List<String> fields, Map<String, Integer> columns, ReportKind defaultKind,
			Locale locale) {
		try {
			Parsed row = parse(fields, columns, defaultKind);
			return new Row(line, reports.fileForAgency(actor, row.kind(), row.submission(), List.of()).value(), List.of(),
					null);
		}
		catch (InvalidInput invalid) {
			return new Row(line, null, invalid.problems()
				.stream()
				.map(problem -> column(problem.field()) + ": " + problem.localized(messages, locale))
				.toList(), null);
		}
		catch (DomainException refused) {
			return new Row(line, null, List.of(refused.localized(messages, locale)), null);
		}
	}

	/** A row read as a submission of its kind; refused with {@link InvalidInput} when its kind or date is wrong. */
	record Parsed(ReportKind kind, ReportSubmission submission) {
	}

	static Parsed parse(List<String> fields, Map<String, Integer> columns, ReportKind defaultKind) {
		String kindText = value(fields, columns, "JENIS");
		ReportKind kind = kindText == null ? defaultKind : parseKind(kindText);
		if (kind == null) {
			throw new InvalidInput.Collector().reject("JENIS", "validation.required").refusal();
		}
		return new Parsed(kind, new ReportSubmission(
				new ReportSubmission.Reported(value(fields, columns, "NIP"), value(fields, columns, "NIK"),
						value(fields, columns, "NAMA"), value(fields, columns, "INSTANSI"),
						value(fields, columns, "JABATAN")),
				new ReportSubmission.Incident(date(value(fields, columns, "TANGGAL_KEJADIAN")),
						value(fields, columns, "KODE_WILAYAH"), value(fields, columns, "URAIAN"),
						links(value(fields, columns, "TAUTAN"))),
				null, true));
	}

	private static Map<String, Integer> columns(List<String> header) {
		if (header == null) {
			throw DomainException.invalid("reporting.import.empty");
		}
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			columns.put(header.get(i).trim().toUpperCase(Locale.ROOT), i);
		}
		List<String> missing = COLUMNS.stream().filter(c -> !c.equals("JENIS") && !columns.containsKey(c)).toList();
		if (!missing.isEmpty()) {
			throw DomainException.invalid("reporting.import.columns", String.join(", ", missing),
					String.join(",", COLUMNS));
		}
		return columns;
	}

	private static String value(List<String> fields, Map<String, Integer> columns, String column) {
		Integer index = columns.get(column);
		if (index == null || index >= fields.size()) {
			return null;
		}
		String value = Texts.received(fields.get(index)).trim();
		return Texts.isBlank(value) ? null : value;
	}

	private static ReportKind parseKind(String text) {
		try {
			return ReportKind.valueOf(text.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput.Collector()
				.reject("JENIS", "reporting.import.kind", text, Arrays.stream(ReportKind.values())
					.filter(kind -> !kind.isPublic())
					.map(Enum::name)
					.collect(Collectors.joining(", ")))
				.refusal();
		}
	}

	private static LocalDate date(String text) {
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			throw new InvalidInput.Collector().reject("incident.date", "validation.date").refusal();
		}
	}

	private static List<String> links(String text) {
		return text == null ? List.of() : Arrays.asList(text.split("\\s+"));
	}

	/** The CSV column a submission field came from, so the report names what the person sees. */
	private static String column(String field) {
		return switch (field) {
			case "reported.nip" -> "NIP";
			case "reported.nik" -> "NIK";
			case "reported.name" -> "NAMA";
			case "reported.employer" -> "INSTANSI";
			case "reported.position" -> "JABATAN";
			case "incident.date" -> "TANGGAL_KEJADIAN";
			case "incident.regionCode" -> "KODE_WILAYAH";
			case "incident.description" -> "URAIAN";
			case "incident.links" -> "TAUTAN";
			default -> field;
		};
	}
}
