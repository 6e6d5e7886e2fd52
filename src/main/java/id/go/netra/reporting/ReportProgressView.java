package id.go.netra.reporting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A report's status and its stages in words the reporter understands, from whichever module handles the case. */
@Component
class ReportProgressView {

	/**
	 * {@code timeline} starts with the filing and ends with the current stage; {@code closingReason} says in words
	 * why a rejected report was closed, and is null otherwise.
	 */
	record Shown(String status, String label, Instant since, boolean closed, List<Step> timeline,
			String closingReason) {
	}

	/** One stage as the reporter reads it: {@code stage} is FILED or the case's status, {@code label} its words. */
	record Step(String stage, String label, Instant since) {
	}

	private static final String FILED = "FILED";

	private final ObjectProvider<ReportProgress> progress;
	private final MessageSource messages;

	ReportProgressView(ObjectProvider<ReportProgress> progress, MessageSource messages) {
		this.progress = progress;
		this.messages = messages;
	}

	Shown of(Report report) {
		Locale locale = LocaleContextHolder.getLocale();
		ReportProgress.Progress now = now(report);
		List<Step> timeline = new ArrayList<>();
		timeline.add(new Step(FILED, text("lapor.stage." + FILED, locale), report.filedAt()));
		now.steps()
			.forEach(step -> timeline.add(
					new Step(step.status(), text("lapor.stage." + step.status(), locale), step.since())));
		String reason = now.closingReason() == null ? null : text("lapor.closed.reason." + now.closingReason(), locale);
		return new Shown(now.status(), text("report.status." + now.status(), locale), now.since(), now.closed(),
				List.copyOf(timeline), reason);
	}

	/** Where the report stands; just received while no module handles cases (or the case is not open yet). */
	ReportProgress.Progress now(Report report) {
		return progress.stream()
			.flatMap(source -> source.of(report.complaintNumber()).stream())
			.findFirst()
			.orElse(new ReportProgress.Progress("RECEIVED", report.filedAt(), false,
					List.of(new ReportProgress.Step("RECEIVED", report.filedAt())), null));
	}

	private String text(String code, Locale locale) {
		// an unknown status or reason reads as a neutral word, never as a code
		return messages.getMessage(code, null, messages.getMessage("lapor.stage.unknown", null, locale), locale);
	}
}
