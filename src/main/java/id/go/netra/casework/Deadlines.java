package id.go.netra.casework;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.go.netra.catalog.BusinessCalendar;
import id.go.netra.catalog.TimeLimit;

/** The deadline of each stage that has one ({@link Stage#hasDeadline()}), counted from when the case entered it. */
@Component
class Deadlines {

	private final Map<Stage, TimeLimit> stages = new EnumMap<>(Stage.class);
	private final TimeLimit reminder;
	private final BusinessCalendar calendar;

	Deadlines(DeadlineSettings settings, BusinessCalendar calendar) {
		this.calendar = calendar;
		for (Stage stage : Stage.values()) {
			if (stage.hasDeadline()) {
				stages.put(stage, TimeLimit.ofStage(stage.timeLimit(settings)));
			}
		}
		this.reminder = TimeLimit.ofStage(settings.reminder());
	}

	/** The deadline of a stage entered at {@code start}; null for a stage without one. */
	Instant of(Stage stage, Instant start) {
		TimeLimit limit = stages.get(stage);
		return limit == null ? null : limit.deadlineFrom(start, calendar);
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
