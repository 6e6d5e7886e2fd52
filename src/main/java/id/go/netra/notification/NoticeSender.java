package id.go.netra.notification;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import id.go.netra.reporting.ComplaintNumber;
import id.go.netra.reporting.Reports;

/**
 * Mails the stored notices that are due, every {@code netra.notification.send-interval}. A failed attempt is
 * tried again after a growing wait, up to {@code netra.notification.max-attempts}, then marked FAILED. When the
 * SMTP server does not answer the round stops at the first failure, so an outage costs one attempt per round,
 * not one per waiting notice. Without {@code spring.mail.host} nothing is sent and the notices wait.
 */
@Component
class NoticeSender {

	private static final Logger log = LoggerFactory.getLogger(NoticeSender.class);
	private static final int BATCH = 50;
	/** Longer than any SMTP time-out: a node that dies while sending leaves the notice to another after this. */
	private static final Duration LEASE = Duration.ofMinutes(5);

	private final Notices notices;
	private final Reports reports;
	private final JavaMailSender mail;
	private final NotificationSettings settings;
	private final Clock clock;

	NoticeSender(Notices notices, Reports reports, ObjectProvider<JavaMailSender> mail, NotificationSettings settings,
			Clock clock) {
		this.notices = notices;
		this.reports = reports;
		this.mail = mail.getIfAvailable();
		this.settings = settings;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		if (mail == null) {
			log.warn("Mail not configured (spring.mail.host is empty): notices are stored and listed in Netra, "
					+ "but not e-mailed");
		}
	}

	@Scheduled(fixedDelayString = "${netra.notification.send-interval:PT10S}", initialDelayString = "PT1S")
	void sendDue() {
		if (mail == null) {
			return;
		}
		try {
			for (Notice notice : notices.due(clock.instant(), BATCH)) {
				Instant now = clock.instant();
				if (notices.claim(notice.id(), now, now.plus(LEASE)) && !send(notice)) {
					return;
				}
			}
		}
		catch (RuntimeException e) {
			// the next round tries again; a failing database must not stop the sender for good
			log.warn("Notice round failed: {}", e.toString());
		}
	}

	private boolean send(Notice notice) {
		int attempt = notice.attempts() + 1;
		String address;
		try {
			address = notice.toReporter()
					? reports.stageNoticeAddress(new ComplaintNumber(notice.complaintNumber())).orElse(null)
					: notice.recipientEmail();
		}
		catch (RuntimeException sealBroken) {
			// the sealed identity does not open here (a key directory not shared with the node that sealed it, a
			// lost key, a changed value): this notice fails for good, the others go on
			log.warn("Notice {} about {}: the reporter's address could not be opened ({})", notice.id(),
					notice.complaintNumber(), sealBroken.getClass().getSimpleName());
			notices.failed(notice.id(), "the reporter's address could not be opened");
			return true;
		}
		if (address == null) {
			// the reporter's identity is gone (or the report no longer asks): nobody to mail, nothing to retry
			notices.failed(notice.id(), "no address to send to");
			return true;
		}
		try {
			mail.send(message -> {
				MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
				helper.setFrom(settings.from());
				helper.setTo(address);
				helper.setSubject(notice.subject());
				helper.setText(notice.body());
				// tells mail servers and out-of-office replies that no person wrote this
				message.setHeader("Auto-Submitted", "auto-generated");
			});
			notices.sent(notice.id(), clock.instant());
			return true;
		}
		catch (MailException e) {
			// a mail server names the address it refuses: a reporter's must not reach the notice row or the log
			String error = (e.getClass().getSimpleName() + ": " + e.getMostSpecificCause()).replace(address,
					notice.recipientEmail());
			if (attempt >= settings.maxAttempts()) {
				notices.failed(notice.id(), error);
				log.warn("Notice {} about {} to {} failed for good after {} attempts: {}", notice.id(),
						notice.complaintNumber(), notice.recipientEmail(), attempt, error);
			}
			else {
				Duration wait = settings.backoffAfter(attempt);
				notices.retryAt(notice.id(), clock.instant().plus(wait), error);
				log.info("Notice {} not sent (attempt {} of {}), next try in {}: {}", notice.id(), attempt,
						settings.maxAttempts(), wait, error);
			}
			return false;
		}
	}
}
