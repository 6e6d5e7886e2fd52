package id.go.netra.hearing;

import java.time.Instant;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import id.go.netra.AutomaticMail;
import id.go.netra.Dates;
import id.go.netra.DomainException;

/**
 * The e-mails to the accused, in Indonesian with English below: the notice with the personal link, and the one-time
 * codes. Sent through Spring Mail; without {@code spring.mail.host} nothing can be mailed.
 */
@Component
class HearingMail {

	private static final Locale ID = Locale.forLanguageTag("id");

	private final JavaMailSender mail;
	private final MessageSource messages;
	private final HearingTexts texts;
	private final HearingSettings settings;

	HearingMail(ObjectProvider<JavaMailSender> mail, MessageSource messages, HearingTexts texts,
			HearingSettings settings) {
		this.mail = mail.getIfAvailable();
		this.messages = messages;
		this.texts = texts;
		this.settings = settings;
	}

	boolean configured() {
		return mail != null;
	}

	void notice(Hearing h, String name, Instant due, String link) {
		send(h.email(), "hearing.mail.notice.subject", noticeBody(h, name, due, link, ID) + "\n\n---\n"
				+ noticeBody(h, name, due, link, Locale.ENGLISH));
	}

	void code(String address, String code) {
		long minutes = settings.codeValidity().toMinutes();
		send(address, "hearing.mail.code.subject", text("hearing.mail.code.body", ID, code, minutes) + "\n\n---\n"
				+ text("hearing.mail.code.body", Locale.ENGLISH, code, minutes));
	}

	/** The notice's words, as mailed and as printed for delivery. */
	String noticeBody(Hearing h, String name, Instant due, String link, Locale locale) {
		return text("hearing.mail.notice.body", locale, name, h.complaintNumber(), texts.allegationWithDetails(h, locale),
				Dates.dateTime(due, locale), link);
	}

	private void send(String address, String subjectCode, String body) {
		if (mail == null) {
			throw DomainException.conflict("hearing.mail.unavailable");
		}
		AutomaticMail.send(mail, settings.from(), address, text(subjectCode, ID) + " / " + text(subjectCode, Locale.ENGLISH),
				body);
	}

	private String text(String code, Locale locale, Object... args) {
		return messages.getMessage(code, args, locale);
	}
}
