package id.go.netra.documents;

/**
 * What a letter is for. Each kind has its own number sequence per year, a short code for its number
 * ({@code netra.documents.codes.<kind>} overrides it) and the "Sifat" printed in its head.
 */
public enum LetterKind {

	/** BKN's recommendation of a sanction to the PPK (rekomendasi). */
	RECOMMENDATION("REK", "Penting"),
	/** The first control action when the PPK has not followed up in time (peringatan). */
	WARNING("PRG", "Segera"),
	/** The second control action (teguran). */
	REPRIMAND("TGR", "Segera"),
	/** Notice that an employee's personnel data or services are blocked in SIASN (pemblokiran). */
	BLOCK_NOTICE("BLK", "Penting"),
	/** Notice that a block is lifted after the PPK followed up (pembukaan blokir). */
	UNBLOCK_NOTICE("BUK", "Biasa"),
	/** KemenPANRB's or Kemendagri's sanction of a PPK who ignored a recommendation. */
	PPK_SANCTION("PPK", "Penting"),
	/** Bawaslu's forwarding of a suspected election crime to Gakkumdu (penerusan). */
	REFERRAL("PNR", "Penting"),
	/** An employee's signed integrity pact on neutrality (pakta integritas), sealed by the employer's agency. */
	INTEGRITY_PACT("PKT", "Biasa");

	private final String defaultCode;
	private final String nature;

	LetterKind(String defaultCode, String nature) {
		this.defaultCode = defaultCode;
		this.nature = nature;
	}

	String defaultCode() {
		return defaultCode;
	}

	/**
	 * Whether the agency's signing official signs it (every letter); a pact is signed by the employee who made it,
	 * and only sealed by the agency.
	 */
	boolean signedByOfficial() {
		return this != INTEGRITY_PACT;
	}

	/** The "Sifat" of the letter: how urgently the addressee should read it. */
	String nature() {
		return nature;
	}
}
