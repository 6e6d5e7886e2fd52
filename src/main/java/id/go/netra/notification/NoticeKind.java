package id.go.netra.notification;

/** Why an agency is written to. */
enum NoticeKind {
	/** A case reached a stage where this agency must act. */
	ACTION_REQUIRED,
	/** The stage deadline is near. */
	REMINDER,
	/** The stage deadline has passed. */
	OVERDUE,
	/** BKN sent the PPK a warning letter because the follow-up is late. */
	CONTROL_WARNING,
	/** BKN sent the PPK a reprimand (copied to the overseeing ministry). */
	CONTROL_REPRIMAND,
	/** BKN blocked the employee's personnel data and services. */
	CONTROL_BLOCKED,
	/** The accused answered before the review: Bawaslu reads it on the case. */
	CLARIFICATION,
	/** A citizen who asked for it hears that their report moved to another stage; no agency is written to. */
	REPORTER_NEWS
}
