package id.go.netra.catalog;

/**
 * How heavy a sanction is, in ascending order: a moral sanction for ethics (PP 42/2004), then the three
 * discipline levels of PP 94/2021 art. 8.
 */
public enum SanctionLevel {
	MORAL, LIGHT, MEDIUM, HEAVY;

	public boolean isLighterThan(SanctionLevel other) {
		return compareTo(other) < 0;
	}

	/** The next heavier level (a repeat offence is sanctioned one level up); HEAVY stays HEAVY. */
	public SanctionLevel oneHeavier() {
		return this == HEAVY ? HEAVY : values()[ordinal() + 1];
	}
}
