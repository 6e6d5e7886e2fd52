package id.go.netra.monitoring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Election lexicons shipped as CSV resources (kind,term,refers_to; lines starting with '#' are comments, the first
 * other line is the header), such as monitoring/lexicon-pemilu-2024.csv for the demo and the tests. An
 * administrator's own lexicon replaces them per election.
 */
final class DefaultLexicons {

	static final String PEMILU_2024 = "monitoring/lexicon-pemilu-2024.csv";

	private DefaultLexicons() {
	}

	/** The entries of a lexicon resource on the class path; a malformed line fails with its number. */
	static List<LexiconEntry> read(String resource) {
		InputStream in = DefaultLexicons.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalArgumentException("Leksikon " + resource + " tidak ditemukan");
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return parse(reader, resource);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static List<LexiconEntry> parse(BufferedReader reader, String name) throws IOException {
		List<LexiconEntry> entries = new ArrayList<>();
		boolean header = true;
		int number = 0;
		String line;
		while ((line = reader.readLine()) != null) {
			number++;
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] fields = line.split(",", -1);
			if (header) {
				if (!line.strip().equals("kind,term,refers_to")) {
					throw new IllegalArgumentException(
							"Baris " + number + " leksikon " + name + ": judul kolom harus kind,term,refers_to");
				}
				header = false;
				continue;
			}
			if (fields.length != 3 || fields[1].isBlank()) {
				throw new IllegalArgumentException("Baris " + number + " leksikon " + name
						+ ": harus tiga kolom (jenis, istilah, rujukan) dengan istilah terisi");
			}
			entries.add(new LexiconEntry(kind(fields[0].strip(), number, name), fields[1].strip(),
					fields[2].isBlank() ? null : fields[2].strip()));
		}
		return entries;
	}

	private static LexiconEntry.Kind kind(String value, int number, String name) {
		try {
			return LexiconEntry.Kind.valueOf(value);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("Baris " + number + " leksikon " + name + ": jenis istilah '" + value
					+ "' tidak dikenal", e);
		}
	}
}
