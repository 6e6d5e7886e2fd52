package id.go.netra.personnel;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A person's name as lists from outside the registry are matched against it: the registry keeps this key for every
 * employee ({@code employee.match_key}), and a list computes it for its own rows the same way, so a match is an
 * equality the database joins on. Degrees after the first comma and known titles before or after the name are
 * dropped (H., Hj., Drs., Ir., S.Pd., M.Si. ...), case, accents, punctuation and spacing no longer count, old
 * spellings meet new ones (oe/u, dj/j, tj/c, ch/kh, j/y) and doubled letters count once ("Muhammad" and "Muhamad").
 * "Drs. H. Soedjono, S.Pd." and "soejono" share the key "sujono"; a key alone is never a match, only with the
 * same birth date.
 */
public final class PersonName {

	/** Titles written before a name: religious (haji), academic and professional, and honorifics. */
	private static final Set<String> BEFORE = Set.of("h", "hj", "haji", "hajjah", "drs", "dra", "dr", "ir", "prof",
			"kh", "ust", "ustadz", "ustad", "ny", "tn", "sdr", "sdri", "bpk", "ibu", "hc");

	/** Degrees written after a name without a comma, their letters joined ("S.Pd." is "spd"). */
	private static final Set<String> AFTER = Set.of("sag", "sh", "se", "spd", "spdi", "ssi", "ssos", "sip", "skom",
			"st", "sked", "sp", "skm", "sstp", "stp", "sos", "sthi", "mh", "mm", "msi", "mpd", "mag", "mkes", "mt",
			"mkom", "msc", "ma", "mba", "map", "ak", "amd", "amk", "phd", "sst", "sikom", "shi", "sei", "spsi", "sfarm",
			"apt", "skep", "ners", "ssn", "mhum", "sa", "ba");

	private PersonName() {
	}

	/** The match key of a name; empty when nothing of a name is left (null, blank, titles only). */
	public static String matchKey(String name) {
		if (name == null) {
			return "";
		}
		int comma = name.indexOf(',');
		String plain = Normalizer.normalize(comma < 0 ? name : name.substring(0, comma), Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT);
		List<String> words = new ArrayList<>(Arrays.asList(plain.replaceAll("[^a-z0-9. ]+", " ").trim().split("\\s+")));
		while (words.size() > 1 && BEFORE.contains(words.get(0).replace(".", ""))) {
			words.remove(0);
		}
		while (words.size() > 1) {
			int last = words.size() - 1;
			if (isDegree(words.get(last))) {
				words.remove(last);
			}
			else if (last > 1 && words.get(last - 1).endsWith(".") && isDegree(words.get(last - 1) + words.get(last))) {
				// "S. Pd."
				words.remove(last);
				words.remove(last - 1);
			}
			else {
				break;
			}
		}
		String joined = String.join(" ", words).replace(".", " ").replaceAll("\\s+", " ").trim();
		return spelling(joined);
	}

	/** A trailing word that is a degree: "S.Pd.", "SPd", "M.Si" (dots inside), never a plain name word. */
	private static boolean isDegree(String word) {
		String letters = word.replace(".", "");
		return AFTER.contains(letters) && (word.contains(".") || letters.length() <= 4);
	}

	/** Old (van Ophuijsen, Soewandi) and new spellings meet; doubled letters count once. */
	private static String spelling(String name) {
		String s = name.replace("oe", "u").replace("dj", "j").replace("tj", "c").replace("ch", "kh").replace('y', 'j');
		StringBuilder out = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (i == 0 || c != s.charAt(i - 1) || c == ' ') {
				out.append(c);
			}
		}
		return out.toString();
	}
}
