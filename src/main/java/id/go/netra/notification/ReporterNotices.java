package id.go.netra.notification;

import java.time.Clock;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.go.netra.casework.CaseChanged;
import id.go.netra.reporting.ComplaintNumber;
import id.go.netra.reporting.Reports;

/**
 * Tells a reporter who asked for it, when filing, that their report moved to another stage: one notice per
 * change of status, stored and mailed like the agencies' notices (with their retries), and redelivered events
 * add none. The opening of the case is not news: the reporter has just filed. The notice stores no address: the
 * sender opens it from the sealed identity at sending.
 */
@Component
class ReporterNotices {

	private final Reports reports;
	private final NoticeTexts texts;
	private final Notices notices;
	private final Clock clock;

	ReporterNotices(Reports reports, NoticeTexts texts, Notices notices, Clock clock) {
		this.reports = reports;
		this.texts = texts;
		this.notices = notices;
		this.clock = clock;
	}

	/** Only a change of status is news for the reporter; the opening is not (the receipt says it). */
	@ApplicationModuleListener(condition = "#changed.statusChanged()")
	void on(CaseChanged changed) {
		ComplaintNumber number = new ComplaintNumber(changed.snapshot().complaintNumber());
		if (reports.stageNoticeAddress(number).isEmpty()) {
			return;
		}
		NoticeTexts.Text text = texts.reporterNews(number);
		// no agency: the notice is the reporter's and shows in no agency's list; no address: the sender opens it
		notices.add(new Notices.Draft(changed.caseId(), number.value(), NoticeKind.REPORTER_NEWS,
				changed.snapshot().status() + "@" + changed.at(), null, Notice.REPORTER, text.subject(), text.body()),
				clock.instant());
	}
}
