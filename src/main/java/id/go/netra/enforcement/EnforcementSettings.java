package id.go.netra.enforcement;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import id.go.netra.catalog.TimeLimit;

/**
 * Settings of enforcement ({@code netra.enforcement.*}).
 *
 * @param ladder the control ladder's rungs, each counted from the previous one (the warning from the moment the
 * follow-up deadline passed): {@code Nd}, {@code Nwd} or an ISO-8601 duration
 * @param pollInterval how often the ladder looks for rungs that are due
 * @param issuerAgency the agency that signs control letters and places blocks (BKN since Perpres 91/2024)
 * @param regionalOversight the ministry that sanctions PPKs of regional employers and gets copies of reprimands
 * @param centralOversight the ministry that sanctions PPKs of central employers
 * @param blockLegalBasis the legal basis written on blocks the ladder places
 * @param signatory who signs the control letters
 * @param referralIssuer the agency that forwards a suspected election crime to Gakkumdu (Bawaslu)
 * @param referralSignatory who signs the referral letter
 */
@ConfigurationProperties("netra.enforcement")
record EnforcementSettings(@DefaultValue Ladder ladder, @DefaultValue("PT1M") Duration pollInterval,
		@DefaultValue("BKN") String issuerAgency, @DefaultValue("KEMENDAGRI") String regionalOversight,
		@DefaultValue("KEMENPANRB") String centralOversight,
		@DefaultValue("Peraturan BKN Nomor 1 Tahun 2023 tentang Pemblokiran Data dan/atau Layanan Kepegawaian; "
				+ "Keputusan Bersama tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai ASN (2022)") String blockLegalBasis,
		@DefaultValue("Kepala Badan Kepegawaian Negara") String signatory,
		@DefaultValue("BAWASLU") String referralIssuer,
		@DefaultValue("Ketua Badan Pengawas Pemilihan Umum") String referralSignatory) {

	/** Each rung's interval after the previous one (defaults: warning at once, then five working days each). */
	record Ladder(@DefaultValue("0wd") String warning, @DefaultValue("5wd") String reprimand,
			@DefaultValue("5wd") String block) {

		Ladder {
			// fail at start-up, not when the first case climbs, when an operator mistypes a value
			TimeLimit.parse(warning);
			TimeLimit.parse(reprimand);
			TimeLimit.parse(block);
		}
	}
}
