package id.go.netra.sharing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import id.go.netra.DomainException;
import id.go.netra.audit.AuditTrail;

/**
 * What administrators see of the SIASN push and may do about it: the latest block changes with how each went, in
 * words, and "send again" (audited) for one that died or that SIASN lost.
 */
@Service
class SiasnLog {

	/** One change as the API and the page show it; {@code lastFailure} is in the reader's language. */
	record Entry(UUID id, long seq, UUID blockId, String change, String nip, String employerCode, String status,
			String statusText, int attempts, Instant createdAt, Instant lastAttemptAt, Instant nextAttemptAt,
			String channel, Integer lastHttpStatus, String lastFailure, String lastAnswer, Instant finishedAt) {
	}

	static final int SIZE = 100;

	private static final Set<String> STATUSES = Set.of("PENDING", "DELIVERED", "DEAD");

	private final SiasnPushes pushes;
	private final AuditTrail audit;
	private final MessageSource messages;
	private final Clock clock;

	SiasnLog(SiasnPushes pushes, AuditTrail audit, MessageSource messages, Clock clock) {
		this.pushes = pushes;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	/** The latest changes, newest first; {@code status} narrows them (PENDING, DELIVERED, DEAD) when given. */
	List<Entry> latest(String status, Locale locale) {
		String wanted = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
		if (wanted != null && !STATUSES.contains(wanted)) {
			throw DomainException.invalid("sharing.siasn.statusUnknown", status);
		}
		return pushes.latest(wanted, SIZE).stream().map(p -> entry(p, locale)).toList();
	}

	void sendAgain(UUID id) {
		if (!pushes.sendAgain(id, clock.instant())) {
			throw DomainException.notFound("sharing.siasn.notFound");
		}
		audit.record("SIASN_PUSH_SENT_AGAIN", id.toString(), null);
	}

	private Entry entry(SiasnPush p, Locale locale) {
		String failure = p.failure() == null ? null
				: messages.getMessage(p.failure(), new Object[] { p.lastHttpStatus() }, locale);
		return new Entry(p.id(), p.seq(), p.blockId(), p.change(), p.nip(), p.employerCode(), p.status(),
				messages.getMessage("sharing.siasn.status." + p.status(), null, locale), p.attempts(), p.createdAt(),
				p.lastAttemptAt(), "PENDING".equals(p.status()) ? p.nextAttemptAt() : null, p.channel(),
				p.lastHttpStatus(), failure, p.lastAnswer(), p.finishedAt());
	}
}
