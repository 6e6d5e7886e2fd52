package id.go.netra.identity;

/** The synthetic names of the demo people, for demo data that shows them acting (the demo cases' history). */
public final class DemoPeople {

	private DemoPeople() {
	}

	/** "Rina Kusuma (sintetis)" for {@code satgas}. */
	public static String displayName(String username) {
		return DemoAccounts.rows()
			.stream()
			.filter(row -> row.username().equals(username))
			.findFirst()
			.map(DemoAccounts.Row::displayName)
			.orElseThrow(() -> new IllegalArgumentException("no demo account " + username));
	}
}
