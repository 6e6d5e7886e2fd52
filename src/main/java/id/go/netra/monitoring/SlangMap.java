package id.go.netra.monitoring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Indonesian slang and abbreviations as people write them ("yg", "gak", "bgt") mapped to the standard words, from
 * Netra's own curated resource (monitoring/slang-id.txt), so that "gak dukung" and "tidak dukung" are one feature.
 */
final class SlangMap {

	static final String RESOURCE = "monitoring/slang-id.txt";

	private static final SlangMap DEFAULT = read(RESOURCE);

	private final Map<String, String[]> standard;

	private SlangMap(Map<String, String[]> standard) {
		this.standard = Map.copyOf(standard);
	}

	static SlangMap standard() {
		return DEFAULT;
	}

	/** The standard words for a lower-case word, or null when the word is not slang. */
	String[] standardWords(String word) {
		return standard.get(word);
	}

	/** Every standard word the map leads to, for splitting hashtags into known words. */
	Iterable<String> targets() {
		return standard.values().stream().flatMap(java.util.Arrays::stream).distinct().toList();
	}

	/** The lines of a word-list resource that are neither blank nor comments, stripped. */
	static java.util.List<String> lines(String resource) {
		InputStream in = SlangMap.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("Daftar kata " + resource + " tidak ditemukan");
		}
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return lines.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static SlangMap read(String resource) {
		InputStream in = SlangMap.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("Daftar kata gaul " + resource + " tidak ditemukan");
		}
		Map<String, String[]> map = new HashMap<>();
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			int number = 0;
			while ((line = lines.readLine()) != null) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				int equals = line.indexOf('=');
				if (equals <= 0 || equals == line.length() - 1) {
					throw new IllegalStateException(
							"Baris " + number + " daftar kata gaul " + resource + " bukan berbentuk kata=baku: " + line);
				}
				String variant = line.substring(0, equals).strip();
				if (map.put(variant, line.substring(equals + 1).strip().split("\\s+")) != null) {
					throw new IllegalStateException(
							"Baris " + number + " daftar kata gaul " + resource + " mengulang kata " + variant);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new SlangMap(map);
	}
}
