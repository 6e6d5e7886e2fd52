package id.go.netra;

/**
 * What counts as text when people send it. A field that holds only characters nobody can see (spaces of any
 * kind, zero-width spaces and joiners, the word joiner, a byte-order mark, soft hyphens, Hangul fillers) is
 * empty, and is refused with the field's "required" message like an empty one. Control characters other than
 * tab and line breaks (a NUL above all, which PostgreSQL refuses to store) are never part of a text.
 */
public final class Texts {

	private Texts() {
	}

	/** Null, empty, or only invisible characters. */
	public static boolean isBlank(String text) {
		if (text == null) {
			return true;
		}
		for (int i = 0; i < text.length();) {
			int c = text.codePointAt(i);
			if (!isInvisible(c)) {
				return false;
			}
			i += Character.charCount(c);
		}
		return true;
	}

	/** A character that shows nothing on the screen by itself. */
	static boolean isInvisible(int c) {
		if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
			return true;
		}
		int type = Character.getType(c);
		if (type == Character.FORMAT || type == Character.CONTROL) {
			return true;
		}
		return c == 0x034F // combining grapheme joiner
				|| c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 // Hangul fillers
				|| c == 0x2800 // braille pattern blank
				|| (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF); // variation selectors
	}

	/**
	 * The text as a field keeps it: empty when it is blank (above), else without control characters other
	 * than tab, line feed and carriage return. Null stays null.
	 */
	public static String received(String text) {
		if (text == null) {
			return null;
		}
		if (isBlank(text)) {
			return "";
		}
		return withoutControls(text);
	}

	/**
	 * An uploaded file's name as it may be kept and shown: the last segment of a path (a browser may send
	 * {@code C:\Users\...\foto.jpg}), without control or format characters, trimmed, at most 200 characters;
	 * null when nothing is left.
	 */
	public static String fileName(String sent) {
		if (sent == null) {
			return null;
		}
		String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1);
		StringBuilder kept = new StringBuilder(name.length());
		name.codePoints().filter(c -> {
			int type = Character.getType(c);
			return type != Character.CONTROL && type != Character.FORMAT;
		}).forEach(kept::appendCodePoint);
		String cleaned = kept.toString().strip();
		if (isBlank(cleaned) || cleaned.equals(".") || cleaned.equals("..")) {
			return null;
		}
		return cleaned.length() > 200 ? cleaned.substring(0, 200) : cleaned;
	}

	private static String withoutControls(String text) {
		int first = firstControl(text);
		if (first < 0) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length());
		kept.append(text, 0, first);
		for (int i = first; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!isDroppedControl(c)) {
				kept.append(c);
			}
		}
		return kept.toString();
	}

	private static int firstControl(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (isDroppedControl(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	private static boolean isDroppedControl(char c) {
		return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
	}
}
