package id.go.netra.notification;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.go.netra.Page;
import id.go.netra.catalog.BusinessCalendar;
import id.go.netra.identity.CurrentActor;

/**
 * The inbox of the signed-in person's agency: the notices Netra stored for it, as {@code GET /api/v1/notices}
 * lists them, so an agency without mail configured still learns what it must do.
 */
@Controller
class NoticePages {

	static final int PAGE_SIZE = 20;

	/** A notice as a person reads it: times already in their language and in WIB. */
	record NoticeRow(NoticeKind kind, UUID caseId, String complaintNumber, String createdAt, Notice.Status status,
			String sentAt) {
	}

	private final Notices notices;
	private final CurrentActor actors;
	private final MessageSource messages;

	NoticePages(Notices notices, CurrentActor actors, MessageSource messages) {
		this.notices = notices;
		this.actors = actors;
		this.messages = messages;
	}

	@GetMapping("/pemberitahuan")
	String inbox(@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		DateTimeFormatter format = DateTimeFormatter
			.ofPattern(messages.getMessage("notices.dateFormat", null, locale), locale)
			.withZone(BusinessCalendar.ZONE);
		Page<NoticeRow> rows = notices.ofAgency(actors.require().agencyCode(), Math.max(page, 0), PAGE_SIZE)
			.map(n -> new NoticeRow(n.kind(), n.caseId(), n.complaintNumber(), format.format(n.createdAt()),
					n.status(), format(format, n.sentAt())));
		model.addAttribute("notices", rows);
		return "notification/inbox";
	}

	private static String format(DateTimeFormatter format, Instant instant) {
		return instant == null ? null : format.format(instant);
	}
}
