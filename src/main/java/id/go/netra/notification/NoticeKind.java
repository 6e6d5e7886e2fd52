package id.go.netra.notification;

/** Why an agency is written to. */
enum NoticeKind {
	/** A case reached a stage where this agency must act. */
	ACTION_REQUIRED,
	/** The stage deadline is near. */
	REMINDER,
	/** The stage deadline has passed. */
	OVERDUE
}
