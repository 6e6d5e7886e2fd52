package id.go.netra.catalog;

/**
 * The order in which modules load their reference and demo data at start-up: each builds on the one before.
 */
public final class CatalogReferenceOrder {

	public static final int CATALOG = 100;
	public static final int AGENCIES = 200;
	public static final int EMPLOYERS = 300;
	public static final int DEMO = 400;

	private CatalogReferenceOrder() {
	}
}
