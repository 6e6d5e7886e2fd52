package id.go.netra;

/** Refused for now because a caller tried too often; answers 429 with Retry-After. */
public class TooManyRequests extends DomainException {

	private final long retryAfterSeconds;

	public TooManyRequests(String messageCode, long retryAfterSeconds) {
		super("too-many-requests", 429, messageCode, Math.max(1, retryAfterSeconds));
		this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
	}

	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
