package id.go.netra.catalog;

/**
 * An entry of the violation catalogue (annex of the 2022 joint decree). {@code level} is the sanction level
 * it calls for; {@code confirmed} is false where the level could not be confirmed from the regulation and
 * is an editable assumption.
 */
public record Violation(String code, ViolationKind kind, SanctionLevel level, String name, String nameEn,
		String description, String legalBasis, boolean confirmed, boolean active, int version) {
}
