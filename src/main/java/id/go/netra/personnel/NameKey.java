package id.go.netra.personnel;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A name as searches compare it: lower case, accents removed, anything but letters and digits made a single
 * space ("Siti Nur'aini, S.Pd." becomes "siti nur aini s pd").
 */
final class NameKey {

	private NameKey() {
	}

	static String of(String name) {
		if (name == null) {
			return "";
		}
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
	}
}
