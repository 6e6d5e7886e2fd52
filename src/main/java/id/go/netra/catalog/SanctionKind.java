package id.go.netra.catalog;

/** A moral sanction (PP 42/2004) or a discipline sanction (PP 94/2021, UU ASN). */
public enum SanctionKind {
	MORAL, DISCIPLINE
}
