package id.go.netra.personnel;

/** A registry import finished: {@code succeeded} false when it failed (see the import's failure). */
public record RegistryImported(long importId, String fileName, long inserted, long updated, long rejected,
		boolean succeeded) {
}
