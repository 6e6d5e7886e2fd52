package id.go.netra.personnel;

/** PNS (permanent civil servant), PPPK (civil servant on contract), or non-ASN staff. */
public enum EmploymentType {
	PNS, PPPK, NON_ASN
}
