package id.go.netra.identity;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a role applies: the whole country, or a set of Kemendagri region codes (a province covers its
 * regencies and cities). Stored per grant as {@code NATIONAL} or a region code.
 */
public record Jurisdiction(boolean national, Set<String> regionCodes) implements java.io.Serializable {

	public static final String NATIONAL_CODE = "NATIONAL";
	public static final Jurisdiction NATIONAL = new Jurisdiction(true, Set.of());

	public Jurisdiction {
		regionCodes = national ? Set.of() : Collections.unmodifiableSortedSet(new TreeSet<>(regionCodes));
	}

	public static Jurisdiction of(Set<String> codes) {
		return codes.contains(NATIONAL_CODE) ? NATIONAL : new Jurisdiction(false, codes);
	}

	/** Whether an act in the given region (province "32" or regency "32.73") falls in this jurisdiction. */
	public boolean covers(String regionCode) {
		if (national) {
			return true;
		}
		if (regionCode == null) {
			return false;
		}
		return regionCodes.stream().anyMatch(code -> regionCode.equals(code) || regionCode.startsWith(code + "."));
	}

	@Override
	public String toString() {
		return national ? NATIONAL_CODE : String.join(",", regionCodes);
	}
}
