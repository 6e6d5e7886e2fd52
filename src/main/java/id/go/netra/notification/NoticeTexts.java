package id.go.netra.notification;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.go.netra.Dates;
import id.go.netra.PublicUrl;
import id.go.netra.casework.Stage;
import id.go.netra.personnel.Employer;
import id.go.netra.personnel.Employers;
import id.go.netra.reporting.ComplaintNumber;

/**
 * The words of a notice: plain text in Bahasa Indonesia (the recipients' language is not known), naming the case
 * by its complaint number only. Neither the reporter nor the evidence appears in a mail; the link leads to the
 * case, where the reader's role decides what they see.
 */
@Component
class NoticeTexts {

	record Text(String subject, String body) {
	}

	/** What a notice is about: one case at one stage, with that stage's deadline (none while it is paused). */
	record About(UUID caseId, String complaintNumber, Stage stage, Instant deadlineAt, String employerCode) {
	}

	static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

	private final MessageSource messages;
	private final Employers employers;
	private final PublicUrl publicUrl;

	NoticeTexts(MessageSource messages, Employers employers, PublicUrl publicUrl) {
		this.messages = messages;
		this.employers = employers;
		this.publicUrl = publicUrl;
	}

	Text compose(NoticeKind kind, About about, String agencyName) {
		String stage = text("notification.stage." + about.stage().name());
		String subject = text("notification.subject." + kind.name(), about.complaintNumber(), stage);
		String employer = about.employerCode() == null ? ""
				: employers.find(about.employerCode()).map(Employer::name).orElse(about.employerCode());
		String deadline = kind == NoticeKind.CLARIFICATION ? text("notification.deadline.clarification")
				: kind.name().startsWith("CONTROL_") ? text("notification.deadline.control")
				: about.deadlineAt() == null ? text("notification.deadline.paused")
						: text("notification.deadline", deadline(about.deadlineAt()));
		String body = text("notification.body", agencyName,
				text("notification.situation." + kind.name(), about.complaintNumber(), stage),
				text("notification.expected." + about.stage().name(), employer), deadline,
				publicUrl.link("/kasus/" + about.caseId()));
		return new Text(subject, body);
	}

	/**
	 * The notice to a reporter that their report moved on: that there is news and where to read it, in Bahasa
	 * Indonesia with English below. No stage, name or detail of the case, and never the receipt code: a mail can
	 * be read by others, the status page only with the code.
	 */
	Text reporterNews(ComplaintNumber number) {
		String link = publicUrl.link(number.statusPath());
		String subject = text("notification.reporter.subject") + " / "
				+ messages.getMessage("notification.reporter.subject", null, Locale.ENGLISH);
		String body = text("notification.reporter.body", number.value(), link) + "\n---\n\n"
				+ messages.getMessage("notification.reporter.body", new Object[] { number.value(), link },
						Locale.ENGLISH);
		return new Text(subject, body);
	}

	/**
	 * A deadline as people in Indonesia read it, in western Indonesian time: its last day (25 November 2026) when
	 * it runs out at midnight, as day-counted deadlines do, else with its time (25 November 2026, 23.59 WIB).
	 */
	static String deadline(Instant at) {
		return Dates.deadline(at, INDONESIAN);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, INDONESIAN);
	}
}
