package id.go.netra.reporting;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.go.netra.CsvRecords;
import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.identity.Actor;

/**
 * Many agency reports at once from a CSV file (UTF-8, header row, columns below in any order). Each row is
 * filed on its own, in its own transaction: a bad row is reported with its line and reasons and does not stop
 * the others. Columns: JENIS (report kind), NIP, NIK, NAMA, INSTANSI, JABATAN, TANGGAL_KEJADIAN (yyyy-mm-dd),
 * KODE_WILAYAH, URAIAN, TAUTAN (links separated by spaces).
 */
@Component
class AgencyReportImport {

	static final List<String> COLUMNS = List.of("JENIS", "NIP", "NIK", "NAMA", "INSTANSI", "JABATAN",
			"TANGGAL_KEJADIAN", "KODE_WILAYAH", "URAIAN", "TAUTAN");
	static final int MAX_ROWS = 5000;

	/** One row's outcome: its complaint number, or why it was refused. */
	record Row(long line, String complaintNumber, List<String> errors) {
	}

	record Result(int accepted, int rejected, List<Row> rows) {

		/** The refused rows as CSV: line, reasons; what a person fixes in the spreadsheet. */
		String errorReport() {
			StringBuilder csv = new StringBuilder("BARIS,ALASAN\r\n");
			rows.stream().filter(row -> row.complaintNumber() == null).forEach(row -> csv.append(row.line())
				.append(",\"")
				.append(String.join("; ", row.errors()).replace("\"", "\"\""))
				.append("\"\r\n"));
			return csv.toString();
		}
	}

	private final Reports reports;
	private final MessageSource messages;

	AgencyReportImport(Reports reports, MessageSource messages) {
		this.reports = reports;
		this.messages = messages;
	}

	Result run(Actor actor, Reader content, ReportKind defaultKind, Locale locale) {
		try {
			CsvRecords records = new CsvRecords(content);
			List<String> header = records.next();
			Map<String, Integer> columns = columns(header);
			List<Row> rows = new ArrayList<>();
			List<String> fields;
			while ((fields = records.next()) != null) {
				if (fields.stream().allMatch(String::isBlank)) {
					continue;
				}
				if (rows.size() == MAX_ROWS) {
					throw DomainException.invalid("reporting.import.tooManyRows", MAX_ROWS);
				}
				rows.add(file(actor, records.recordNumber(), fields, columns, defaultKind, locale));
			}
			int accepted = (int) rows.stream().filter(row -> row.complaintNumber() != null).count();
			return new Result(accepted, rows.size() - accepted, rows);
		}
		catch (IOException e) {
			throw DomainException.invalid("reporting.import.unreadable", e.getMessage());
		}
	}

	private Row file(Actor actor, long line, List<String> fields, Map<String, Integer> columns, ReportKind defaultKind,
			Locale locale) {
		try {
			String kindText = value(fields, columns, "JENIS");
			ReportKind kind = kindText == null ? defaultKind : parseKind(kindText);
			if (kind == null) {
				throw new InvalidInput.Collector().reject("JENIS", "validation.required").refusal();
			}
			ReportSubmission submission = new ReportSubmission(
					new ReportSubmission.Reported(value(fields, columns, "NIP"), value(fields, columns, "NIK"),
							value(fields, columns, "NAMA"), value(fields, columns, "INSTANSI"),
							value(fields, columns, "JABATAN")),
					new ReportSubmission.Incident(date(value(fields, columns, "TANGGAL_KEJADIAN")),
							value(fields, columns, "KODE_WILAYAH"), value(fields, columns, "URAIAN"),
							links(value(fields, columns, "TAUTAN"))),
					null, true);
			return new Row(line, reports.fileForAgency(actor, kind, submission, List.of()).value(), List.of());
		}
		catch (InvalidInput invalid) {
			return new Row(line, null, invalid.problems()
				.stream()
				.map(problem -> column(problem.field()) + ": " + problem.localized(messages, locale))
				.toList());
		}
		catch (DomainException refused) {
			return new Row(line, null, List.of(refused.localized(messages, locale)));
		}
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
		String value = fields.get(index).trim();
		return value.isEmpty() ? null : value;
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
