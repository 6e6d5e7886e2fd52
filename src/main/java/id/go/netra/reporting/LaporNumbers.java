package id.go.netra.reporting;

import java.util.regex.Pattern;

import id.go.netra.InvalidInput;

/**
 * A SP4N-LAPOR! tracking number as Netra keeps it: letters, digits, dots, slashes and hyphens, at most 40
 * characters (LAPOR!'s numbers are digits today; the room is for prefixes its systems add).
 */
final class LaporNumbers {

	private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9./-]{1,40}");

	private LaporNumbers() {
	}

	static String check(String number) {
		String trimmed = number == null ? "" : number.strip();
		if (!SHAPE.matcher(trimmed).matches()) {
			new InvalidInput.Collector().reject("laporNumber", "reporting.lapor.numberInvalid").throwIfAny();
		}
		return trimmed;
	}
}
