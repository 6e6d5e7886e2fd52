package id.go.netra.catalog;

/**
 * An entry of the sanction catalogue. {@code severity} orders all sanctions from the lightest;
 * {@code durationMonths} is set for sanctions that run for a time (allowance cut, demotion).
 */
public record Sanction(String code, SanctionKind kind, SanctionLevel level, int severity, Integer durationMonths,
		String name, String nameEn, String legalBasis, boolean active, int version) {

	/** The English name on English pages where the catalogue has one, else the Indonesian name. */
	public String nameIn(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : name;
	}
}
