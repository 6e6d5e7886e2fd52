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
}
