package id.go.netra.casework;

import java.util.EnumSet;
import java.util.Set;

/**
 * Every change a case goes through, as its history names it: the stages it may be taken from, the status it
 * leads to (none: the status stays), whether it hands the case to an agency that must act, and whether other
 * modules hear of it in {@link CaseChanged}. A history line's name is the constant's name, so renaming one is a
 * data migration, not a refactoring; other modules select transitions by these constants, never by text.
 */
public enum Transition {

	OPENED(EnumSet.noneOf(Stage.class), CaseStatus.RECEIVED, Flag.HANDS_OVER, Flag.ANNOUNCED),
	VERIFIED(EnumSet.of(Stage.VERIFICATION), CaseStatus.IN_REVIEW, Flag.HANDS_OVER, Flag.ANNOUNCED),
	REJECTED(EnumSet.of(Stage.VERIFICATION), CaseStatus.REJECTED, Flag.ANNOUNCED),
	IDENTITY_RESOLVED(EnumSet.of(Stage.VERIFICATION, Stage.REVIEW, Stage.FORWARDING), null, Flag.ANNOUNCED),
	QUESTION_TO_REPORTER(EnumSet.of(Stage.VERIFICATION, Stage.REVIEW), null),
	/** Noted on the case a duplicate report was merged into. */
	DUPLICATE_MERGED(EnumSet.allOf(Stage.class), null),
	REVIEWED_PROVEN(EnumSet.of(Stage.REVIEW), CaseStatus.PROVEN, Flag.HANDS_OVER, Flag.ANNOUNCED),
	REVIEWED_NOT_PROVEN(EnumSet.of(Stage.REVIEW), CaseStatus.NOT_PROVEN, Flag.ANNOUNCED),
	/** Noted with a proven review when the employee was sanctioned before: the level is one heavier. */
	REPEAT_OFFENCE(EnumSet.of(Stage.FORWARDING), null),
	RECOMMENDATION_ISSUED(EnumSet.of(Stage.FORWARDING), CaseStatus.AWAITING_FOLLOW_UP, Flag.HANDS_OVER,
			Flag.ANNOUNCED),
	FOLLOW_UP_RECORDED(EnumSet.of(Stage.FOLLOW_UP), CaseStatus.SANCTIONED, Flag.ANNOUNCED),
	/** A lighter sanction than recommended: the case waits for the auditor. */
	FOLLOW_UP_NOT_IN_ACCORDANCE(EnumSet.of(Stage.FOLLOW_UP), null, Flag.HANDS_OVER, Flag.ANNOUNCED),
	FOLLOW_UP_ACCEPTED(EnumSet.of(Stage.AUDIT), CaseStatus.SANCTIONED, Flag.ANNOUNCED),
	FOLLOW_UP_SENT_BACK(EnumSet.of(Stage.AUDIT), CaseStatus.AWAITING_FOLLOW_UP, Flag.HANDS_OVER, Flag.ANNOUNCED),
	CANCELLED(Stage.OPEN, CaseStatus.CANCELLED, Flag.ANNOUNCED),
	SEPARATED(Stage.OPEN, CaseStatus.SEPARATED, Flag.ANNOUNCED),
	/** The stage's deadline passed (the deadline watch); the auditor's stage has none. */
	DEADLINE_PASSED(EnumSet.of(Stage.VERIFICATION, Stage.REVIEW, Stage.FORWARDING, Stage.FOLLOW_UP), null,
			Flag.ANNOUNCED),
	ASSIGNED(Stage.OPEN, null),
	UNASSIGNED(Stage.OPEN, null),
	/** Enforcement's control actions, noted in the case's history. */
	CONTROL_WARNING(EnumSet.allOf(Stage.class), null),
	CONTROL_REPRIMAND(EnumSet.allOf(Stage.class), null),
	CONTROL_BLOCKED(EnumSet.allOf(Stage.class), null);

	private enum Flag {
		/** gives the case to an agency that must now act, although the status may stay */
		HANDS_OVER,
		/** published in {@link CaseChanged}: some other module acts on it */
		ANNOUNCED
	}

	private final Set<Stage> from;
	private final CaseStatus to;
	private final Set<Flag> flags;

	Transition(Set<Stage> from, CaseStatus to, Flag... flags) {
		this.from = Set.copyOf(from);
		this.to = to;
		this.flags = flags.length == 0 ? EnumSet.noneOf(Flag.class) : EnumSet.of(flags[0], flags);
	}

	/** Whether a case in this stage may go through this transition. */
	public boolean allowedFrom(Stage stage) {
		return from.contains(stage);
	}

	/** The stages a case may go through this transition from (empty for {@link #OPENED}). */
	public Set<Stage> from() {
		return from;
	}

	/** Whether the status changes, and to what: null when it stays. */
	public CaseStatus to() {
		return to;
	}

	/** Whether the case is then in an agency's hands that must act (a notice goes to it). */
	public boolean handsOver() {
		return flags.contains(Flag.HANDS_OVER);
	}

	/** Whether the case is closed by it. */
	public boolean closes() {
		return to != null && !to.isOpen();
	}

	/** Whether other modules hear of it; assignments and notes stay within casework. */
	public boolean announced() {
		return flags.contains(Flag.ANNOUNCED);
	}

	/** The control action's note for a rung of enforcement's ladder. */
	public static Transition controlAction(ControlLevel rung) {
		return switch (rung) {
			case WARNING -> CONTROL_WARNING;
			case REPRIMAND -> CONTROL_REPRIMAND;
			case BLOCKED -> CONTROL_BLOCKED;
			case NONE -> throw new IllegalArgumentException("NONE is not a control action");
		};
	}
}
