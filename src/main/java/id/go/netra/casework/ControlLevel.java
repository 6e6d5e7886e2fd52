package id.go.netra.casework;

/**
 * How far BKN's control actions (tindakan pengendalian) have gone on a case whose follow-up is late: a warning
 * letter to the PPK, a reprimand with copies to the ministry that oversees the PPK, and finally blocking the
 * employee's personnel data. Ordered from none to the heaviest.
 */
public enum ControlLevel {
	NONE, WARNING, REPRIMAND, BLOCKED;

	public ControlLevel next() {
		return this == BLOCKED ? null : values()[ordinal() + 1];
	}
}
