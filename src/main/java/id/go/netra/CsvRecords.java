package id.go.netra;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams RFC 4180 records: commas, double-quoted fields with "" for a quote, line breaks inside quotes,
 * CRLF or LF, a UTF-8 byte-order mark ignored. {@link #recordNumber()} counts records from 1 (the header),
 * which is the line number people see in a spreadsheet. {@link #line(List)} writes them, for every CSV file
 * Netra hands out.
 */
public final class CsvRecords {

	private final Reader in;
	private long recordNumber;
	private int pushedBack = -2;

	public CsvRecords(Reader in) {
		this.in = in;
	}

	public long recordNumber() {
		return recordNumber;
	}

	/** The next record's fields, or null at the end. */
	public List<String> next() throws IOException {
		int c = read();
		if (recordNumber == 0 && c == '\uFEFF') {
			c = read();
		}
		if (c == -1) {
			return null;
		}
		List<String> fields = new ArrayList<>(16);
		StringBuilder field = new StringBuilder(32);
		boolean quoted = false;
		boolean wasQuoted = false;
		while (true) {
			if (quoted) {
				if (c == -1) {
					throw new IOException("a quoted field is not closed before the end of the file");
				}
				if (c == '"') {
					int after = read();
					if (after == '"') {
						field.append('"');
					}
					else {
						quoted = false;
						c = after;
						continue;
					}
				}
				else {
					field.append((char) c);
				}
			}
			else if (c == '"' && field.length() == 0 && !wasQuoted) {
				quoted = true;
				wasQuoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
				wasQuoted = false;
			}
			else if (c == '\r' || c == '\n' || c == -1) {
				if (c == '\r') {
					int after = read();
					if (after != '\n') {
						pushedBack = after;
					}
				}
				fields.add(field.toString());
				recordNumber++;
				return fields;
			}
			else {
				field.append((char) c);
			}
			c = read();
		}
	}

	/**
	 * One record as a CSV line ending in CRLF. Numbers are written as they are (a count may be negative);
	 * any other value is text, and text that a spreadsheet would run as a formula (starting with {@code =},
	 * {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a leading apostrophe, as OWASP advises
	 * against CSV injection: a name typed by a citizen must never become a formula on an official's screen.
	 */
	public static String line(List<?> values) {
		StringBuilder line = new StringBuilder(16 * values.size() + 2);
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append(cell(values.get(i)));
		}
		return line.append("\r\n").toString();
	}

	/** One value as a CSV field: neutralised (see {@link #line(List)}) and quoted when it must be. */
	public static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	private int read() throws IOException {
		if (pushedBack != -2) {
			int c = pushedBack;
			pushedBack = -2;
			return c;
		}
		return in.read();
	}
}
