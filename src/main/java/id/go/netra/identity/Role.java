package id.go.netra.identity;

/**
 * What an actor may do in the case flow. Which agency holds which role is data (see {@link Agencies}): when
 * KASN was dissolved in 2024 its duties moved to BKN by regulation, not by a software release.
 */
public enum Role {
	/** Satgas Netralitas: verifies incoming reports. */
	TASK_FORCE,
	/** Bawaslu: reviews (kajian) verified reports. */
	ELECTION_SUPERVISOR,
	/** BKN: forwards recommendations to the PPK, controls follow-up, blocks personnel data. */
	CIVIL_SERVICE_AGENCY,
	/** Auditor Manajemen ASN: monitors the PPK's follow-up. */
	AUDITOR,
	/** Pejabat Pembina Kepegawaian of one employer: imposes sanctions. */
	PPK,
	/** KemenPANRB and Kemendagri: sanction PPKs who ignore recommendations. */
	OVERSIGHT,
	/** Maintains agencies, roles, accounts and reference data. */
	ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}
}
