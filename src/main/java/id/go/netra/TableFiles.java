package id.go.netra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;


/**
 * A table of the dashboard or a timeline as a file: CSV (UTF-8 with a byte-order mark, so Excel reads the
 * Indonesian names right; RFC 4180 quoting and formula prefixes neutralised by {@link CsvRecords#line}) or XLSX
 * (one sheet, the header row in bold, numbers as numbers; text is written as string cells, which a
 * spreadsheet never runs as a formula, so it is kept as it is).
 */
public final class TableFiles {

	public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/** A table: its file name stem, its column headers, and its rows of strings, numbers and dates. */
	public record Table(String name, List<String> headers, List<List<Object>> rows) {
	}

	private TableFiles() {
	}

	public static ResponseEntity<byte[]> download(Table table, String format, LocalDate asOf) {
		byte[] body;
		MediaType type;
		switch (format) {
			case "csv" -> {
				body = csv(table);
				type = CSV;
			}
			case "xlsx" -> {
				body = xlsx(table);
				type = XLSX;
			}
			default -> throw DomainException.notFound("analytics.export.unknownFormat", format);
		}
		String file = "netra-" + table.name() + "-" + asOf + "." + format;
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
			.body(body);
	}

	public static byte[] csv(Table table) {
		StringBuilder text = new StringBuilder();
		text.append(CsvRecords.line(table.headers()));
		table.rows().forEach(row -> text.append(CsvRecords.line(row)));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(BOM);
		out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	public static byte[] xlsx(Table table) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Netra", "1.0");
			Worksheet sheet = workbook.newWorksheet(table.name().length() > 31 ? table.name().substring(0, 31)
					: table.name());
			for (int c = 0; c < table.headers().size(); c++) {
				sheet.value(0, c, table.headers().get(c));
				sheet.style(0, c).bold().set();
			}
			for (int r = 0; r < table.rows().size(); r++) {
				List<Object> row = table.rows().get(r);
				for (int c = 0; c < row.size(); c++) {
					cell(sheet, r + 1, c, row.get(c));
				}
			}
			workbook.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static void cell(Worksheet sheet, int r, int c, Object value) {
		if (value instanceof Number number) {
			sheet.value(r, c, number);
		}
		else if (value instanceof LocalDate date) {
			sheet.value(r, c, date);
			sheet.style(r, c).format("yyyy-mm-dd").set();
		}
		else if (value != null) {
			sheet.value(r, c, value.toString());
		}
	}
}
