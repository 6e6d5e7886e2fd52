package id.go.netra;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams RFC 4180 records: commas, double-quoted fields with "" for a quote, line breaks inside quotes,
 * CRLF or LF, a UTF-8 byte-order mark ignored. {@link #recordNumber()} counts records from 1 (the header),
 * which is the line number people see in a spreadsheet.
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

	private int read() throws IOException {
		if (pushedBack != -2) {
			int c = pushedBack;
			pushedBack = -2;
			return c;
		}
		return in.read();
	}
}
