package id.go.netra;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Where a client stands in a change feed (ADR 0043): after the change numbered {@code after}, among the changes
 * made at or after {@code since}. Clients see it only as an opaque token, {@code next} in a page of changes, and
 * send it back as {@code cursor}; a token belongs to one list ({@code feed}) and is refused by another.
 */
public record ChangeCursor(String feed, long after, Instant since) {

	private static final String VERSION = "c1";

	/**
	 * The position a request asks for: its {@code cursor}, or the start of the changes at or after
	 * {@code changedSince} (ISO-8601 with an offset, e.g. {@code 2026-12-01T00:00:00Z}); null when it asks for
	 * neither (an ordinary list). Refuses in words a malformed instant, a token that is not this list's, or both.
	 */
	public static ChangeCursor requested(String feed, String changedSince, String cursor) {
		boolean hasSince = changedSince != null && !changedSince.isBlank();
		boolean hasCursor = cursor != null && !cursor.isBlank();
		if (hasSince && hasCursor) {
			throw DomainException.invalid("changes.sinceAndCursor");
		}
		if (hasCursor) {
			return parse(feed, cursor.trim());
		}
		if (!hasSince) {
			return null;
		}
		try {
			return new ChangeCursor(feed, 0, OffsetDateTime.parse(changedSince.trim()).toInstant());
		}
		catch (DateTimeParseException e) {
			throw DomainException.invalid("changes.changedSince.invalid", changedSince.trim());
		}
	}

	/** The position after the change numbered {@code seq}. */
	public ChangeCursor after(long seq) {
		return new ChangeCursor(feed, seq, since);
	}

	/** The opaque token a client sends back as {@code cursor}. */
	public String token() {
		String plain = VERSION + "|" + feed + "|" + after + "|" + since;
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

	private static ChangeCursor parse(String feed, String token) {
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|");
			if (parts.length == 4 && VERSION.equals(parts[0]) && feed.equals(parts[1])) {
				long after = Long.parseLong(parts[2]);
				if (after >= 0) {
					return new ChangeCursor(feed, after, Instant.parse(parts[3]));
				}
			}
		}
		catch (IllegalArgumentException | DateTimeParseException e) {
			// answered below like any other token that is not one of ours
		}
		throw DomainException.invalid("changes.cursor.invalid");
	}
}
