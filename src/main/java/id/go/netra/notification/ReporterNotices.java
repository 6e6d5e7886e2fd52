package id.go.netra.notification;

import java.time.Clock;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.go.netra.casework.CaseTransitioned;
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

	@ApplicationModuleListener
	void on(CaseTransitioned moved) {
		if (moved.from() == null || !moved.statusChanged()) {
			return;
		}
		ComplaintNumber number = new ComplaintNumber(moved.complaintNumber());
		if (reports.stageNoticeAddress(number).isEmpty()) {
			return;
		}
		NoticeTexts.Text text = texts.reporterNews(number);
		// no agency: the notice is the reporter's and shows in no agency's list; no address: the sender opens it
		notices.add(new Notices.Draft(moved.caseId(), number.value(), NoticeKind.REPORTER_NEWS,
				moved.transition() + "@" + moved.at(), null, Notice.REPORTER, text.subject(), text.body()),
				clock.instant());
	}
}
