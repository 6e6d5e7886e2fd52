package id.go.netra.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * An ASN's report of pressure, as the confidential channel's page and API send it: who pressed, what was demanded,
 * and the ASN themself only if they choose to be named (ADR 0049).
 */
public record PressureSubmission(PressedBy pressedBy, Pressure pressure, PressureReporter reporter, Boolean consent) {

	/**
	 * The case's summary, stored (in Indonesian, as the reports' own texts are) instead of the first lines of the
	 * account: lists, notices and the presser's PPK see that pressure was reported, never how it reads.
	 */
	static final String SUMMARY = "Laporan tekanan terhadap ASN melalui kanal rahasia; uraian hanya untuk Satgas"
			+ " dan Bawaslu.";

	/** Who pressed the ASN. */
	public enum Relation {
		/** The ASN's superior or another official of their employer. */
		SUPERIOR,
		/** Another civil servant. */
		OTHER_ASN,
		/** A (prospective) candidate: not an ASN, so no NIP. */
		CANDIDATE,
		/** A member of a candidate's campaign team or a party: not an ASN, so no NIP. */
		CAMPAIGN_TEAM;

		public boolean civilServant() {
			return this == SUPERIOR || this == OTHER_ASN;
		}
	}

	/** The person who pressed: an ASN by NIP (or name), a candidate or team member by name. */
	public record PressedBy(Relation relation, String nip, String name, String employer, String position) {
	}

	/** When and where it happened, and what was demanded (support, attendance, a like, a post...). */
	public record Pressure(LocalDate date, String regionCode, String description, List<String> links) {
	}

	/** The ASN who reports: anonymous unless they say otherwise; their NIP, if given, is sealed with the rest. */
	public record PressureReporter(Boolean anonymous, String nip, String name, String email, String phone) {

		@Override
		public String toString() {
			return "Reporter[anonymous=" + anonymous + ", identity withheld]";
		}
	}

	/** Checked: the report as intake stores it, the presser as the reported, and the reporter's NIP to seal. */
	record Checked(ReportSubmission report, String reporterNip) {
	}
}
