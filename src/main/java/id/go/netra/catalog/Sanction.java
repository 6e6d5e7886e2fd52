package id.go.netra.catalog;

/**
 * An entry of the sanction catalogue. {@code severity} orders all sanctions from the lightest;
 * {@code durationMonths} is set for sanctions that run for a time (allowance cut, demotion).
 */
public record Sanction(String code, SanctionKind kind, SanctionLevel level, int severity, Integer durationMonths,
		String name, String nameEn, String legalBasis, boolean active, int version) {
}
