package id.go.netra.catalog;

/** Ethics violations (code of conduct, PP 42/2004) or discipline violations (PP 94/2021). */
public enum ViolationKind {
	ETHICS, DISCIPLINE
}
