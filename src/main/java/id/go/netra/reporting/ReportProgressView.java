package id.go.netra.reporting;

import java.time.Instant;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A report's status in words the reporter understands, from whichever module handles the case. */
@Component
class ReportProgressView {

	record Shown(String status, String label, Instant since, boolean closed) {
	}

	private final ObjectProvider<ReportProgress> progress;
	private final MessageSource messages;

	ReportProgressView(ObjectProvider<ReportProgress> progress, MessageSource messages) {
		this.progress = progress;
		this.messages = messages;
	}

	Shown of(Report report) {
		Locale locale = LocaleContextHolder.getLocale();
		ReportProgress.Progress now = progress.stream()
			.flatMap(source -> source.of(report.complaintNumber()).stream())
			.findFirst()
			.orElse(new ReportProgress.Progress("RECEIVED", report.filedAt(), false));
		String label = messages.getMessage("report.status." + now.status(), null, now.status(), locale);
		return new Shown(now.status(), label, now.since(), now.closed());
	}
}
