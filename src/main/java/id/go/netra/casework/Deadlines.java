package id.go.netra.casework;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.go.netra.catalog.BusinessCalendar;

/** The deadline of each open stage, counted from when the case entered it. */
@Component
class Deadlines {

	private final Map<CaseStatus, StageDuration> stages = new EnumMap<>(CaseStatus.class);
	private final StageDuration reminder;
	private final BusinessCalendar calendar;

	Deadlines(DeadlineSettings settings, BusinessCalendar calendar) {
		this.calendar = calendar;
		stages.put(CaseStatus.RECEIVED, StageDuration.parse(settings.verification()));
		stages.put(CaseStatus.IN_REVIEW, StageDuration.parse(settings.review()));
		stages.put(CaseStatus.PROVEN, StageDuration.parse(settings.forwarding()));
		stages.put(CaseStatus.AWAITING_FOLLOW_UP, StageDuration.parse(settings.followUp()));
		this.reminder = StageDuration.parse(settings.reminder());
	}

	/** The deadline of a stage entered at {@code start}; null for closed statuses. */
	Instant of(CaseStatus status, Instant start) {
		StageDuration stage = stages.get(status);
		return stage == null ? null : stage.deadlineFrom(start, calendar);
	}

	/**
	 * When to remind: the reminder period before the deadline, but never before half the stage has passed
	 * (so a two-minute drill does not remind at once).
	 */
	Instant reminderAt(Instant stageStart, Instant deadline) {
		if (deadline == null) {
			return null;
		}
		Duration stage = Duration.between(stageStart, deadline);
		Duration before = Duration.between(stageStart, reminder.deadlineFrom(stageStart, calendar));
		Duration lead = before.compareTo(stage.dividedBy(2)) < 0 ? before : stage.dividedBy(2);
		return deadline.minus(lead);
	}
}
