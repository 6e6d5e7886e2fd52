package id.go.netra.monitoring;

/** How a post's author is known to be an employee. */
public enum AuthorLink {
	/** The account is declared in the employee's registry record. */
	DECLARED,
	/** An officer confirmed the account is the employee's. */
	CONFIRMED
}
