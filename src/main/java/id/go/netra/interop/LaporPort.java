package id.go.netra.interop;

import java.util.List;
import java.util.Optional;

/**
 * SP4N-LAPOR! as Netra sees it. Two adapters: {@link LaporHttp} (LAPOR!'s endpoint) and {@link LaporFiles} (an
 * inbox folder and a hand-over folder). A failure to reach LAPOR! is a {@link Unavailable} with a message code.
 */
interface LaporPort {

	/** The complaints LAPOR! forwarded to Netra (again and again until LAPOR! forgets them: Netra deduplicates). */
	List<LaporComplaint> forwarded();

	/** Hands a complaint over to LAPOR!; its tracking number when LAPOR! gives one at once. */
	Optional<String> handOver(LaporComplaint complaint);

	/** LAPOR! could not be reached or refused; {@code messageCode} says so in words. */
	final class Unavailable extends RuntimeException {

		private final String messageCode;

		Unavailable(String messageCode, String detail) {
			super(messageCode + ": " + detail);
			this.messageCode = messageCode;
		}

		String messageCode() {
			return messageCode;
		}
	}
}
