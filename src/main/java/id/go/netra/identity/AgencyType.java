package id.go.netra.identity;

/** What kind of body an agency is. */
public enum AgencyType {
	/** A central body of the joint decree: BKN, KemenPANRB, Kemendagri, Bawaslu RI (and KASN until 2024). */
	NATIONAL_AGENCY,
	/** One of BKN's fourteen regional offices (Kantor Regional I-XIV). */
	REGIONAL_OFFICE,
	/** Bawaslu of a province, regency or city. */
	REGIONAL_ELECTION_SUPERVISOR,
	/** An employer (instansi) whose PPK imposes sanctions: ministry, agency, province, regency, city. */
	EMPLOYER
}
