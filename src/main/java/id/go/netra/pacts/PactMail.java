package id.go.netra.pacts;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import id.go.netra.AutomaticMail;
import id.go.netra.Dates;
import id.go.netra.DomainException;

/**
 * The e-mails of the pact to the address in the registry: the personal link, the one-time code and the reminders,
 * in Indonesian with an English line below. Sent at once through Spring Mail; without {@code spring.mail.host}
 * nothing can be sent and the employee is told to ask the PPK for the paper form.
 */
@Component
class PactMail {

	private static final Locale ID = Locale.forLanguageTag("id");

	private final JavaMailSender mail;
	private final MessageSource messages;
	private final PactSettings settings;

	PactMail(ObjectProvider<JavaMailSender> mail, MessageSource messages, PactSettings settings) {
		this.mail = mail.getIfAvailable();
		this.messages = messages;
		this.settings = settings;
	}

	boolean configured() {
		return mail != null;
	}

	void invitation(Signer signer, String title, LocalDate deadline, String link) {
		String due = Dates.day(deadline, ID);
		send(signer.email(), "pacts.mail.invitation.subject",
				text("pacts.mail.invitation.body", ID, signer.name(), title, due, link) + "\n\n---\n"
						+ text("pacts.mail.invitation.body", Locale.ENGLISH, signer.name(), title,
								Dates.day(deadline, Locale.ENGLISH), link));
	}

	void reminder(Signer signer, String title, LocalDate deadline, String link) {
		send(signer.email(), "pacts.mail.reminder.subject",
				text("pacts.mail.reminder.body", ID, signer.name(), title, Dates.day(deadline, ID), link) + "\n\n---\n"
						+ text("pacts.mail.reminder.body", Locale.ENGLISH, signer.name(), title,
								Dates.day(deadline, Locale.ENGLISH), link));
	}

	void code(Signer signer, String code) {
		long minutes = settings.codeValidity().toMinutes();
		send(signer.email(), "pacts.mail.code.subject", text("pacts.mail.code.body", ID, code, minutes) + "\n\n---\n"
				+ text("pacts.mail.code.body", Locale.ENGLISH, code, minutes));
	}

	private void send(String address, String subjectCode, String body) {
		if (mail == null) {
			throw DomainException.conflict("pacts.mail.unavailable");
		}
		AutomaticMail.send(mail, settings.from(), address, text(subjectCode, ID) + " / " + text(subjectCode, Locale.ENGLISH),
				body);
	}

	private String text(String code, Locale locale, Object... args) {
		return messages.getMessage(code, args, locale);
	}
}
