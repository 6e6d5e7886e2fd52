package id.go.netra.documents;

import id.go.netra.DomainException;

/**
 * The timestamp authority gave no usable token now: unreachable, too slow, refused, or answered with something that
 * does not hold. Nothing was stamped; the caller keeps what it has and asks again later.
 */
public class TimestampUnavailable extends DomainException {

	private final String detail;

	TimestampUnavailable(String authority, String detail, Throwable cause) {
		super("timestamp-unavailable", 503, "documents.timestamp.unavailable", authority);
		this.detail = "no timestamp from " + authority + ": " + detail;
		if (cause != null) {
			initCause(cause);
		}
	}

	@Override
	public String getMessage() {
		return detail;
	}
}
