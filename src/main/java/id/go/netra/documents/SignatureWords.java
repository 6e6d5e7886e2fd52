package id.go.netra.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.go.netra.Dates;

/** A check of signatures said in the reader's language: for the page, and beside the values in the API. */
@Component
class SignatureWords {

	/** One signature as the API gives it: values for machines, and the verdict and reason in words. */
	record ApiSignature(String signedBy, String organisation, Certificate certificate, Instant signedAt,
			Instant timestampedAt, String format, boolean intact, boolean coversWholeDocument, boolean trusted,
			SignatureReport.Verdict verdict, String verdictText, String reasonText) {
	}

	/** The signing certificate: subject, issuer, serial number (decimal), SHA-256 fingerprint. */
	record Certificate(String subject, String issuer, String serialNumber, String sha256) {
	}

	/** One signature as the page shows it. */
	record PageSignature(String signedBy, String organisation, String certificateSubject, String certificateIssuer,
			String serialNumber, String certificateSha256, String signedAt, String timestampedAt, String format,
			boolean valid, boolean invalid, String verdictText, String reasonText) {
	}

	private final MessageSource messages;

	SignatureWords(MessageSource messages) {
		this.messages = messages;
	}

	List<ApiSignature> api(SignatureReport report, Locale locale) {
		return report.signatures()
			.stream()
			.map(s -> new ApiSignature(s.signedBy(), s.organisation(),
					new Certificate(s.certificateSubject(), s.certificateIssuer(), s.serialNumber(),
							s.certificateSha256()),
					s.claimedSigningTime(), s.timestampedAt(), s.format(), s.intact(), s.coversWholeDocument(),
					s.trusted(), s.verdict(), verdict(s, locale), reason(s, locale)))
			.toList();
	}

	List<PageSignature> page(SignatureReport report, Locale locale) {
		return report.signatures()
			.stream()
			.map(s -> new PageSignature(s.signedBy(), s.organisation(), s.certificateSubject(), s.certificateIssuer(),
					s.serialNumber(), s.certificateSha256(), wib(s.claimedSigningTime(), locale),
					wib(s.timestampedAt(), locale), s.format(), s.verdict() == SignatureReport.Verdict.VALID,
					s.verdict() == SignatureReport.Verdict.INVALID, verdict(s, locale), reason(s, locale)))
			.toList();
	}

	/** "5 Desember 2026, 09.15.00 WIB" (or in English); null for null. */
	static String wib(Instant instant, Locale locale) {
		if (instant == null) {
			return null;
		}
		boolean indonesian = !"en".equals(locale.getLanguage());
		DateTimeFormatter time = DateTimeFormatter.ofPattern(indonesian ? "HH.mm.ss" : "HH:mm:ss")
			.withZone(IndonesianDate.ZONE);
		return Dates.day(LocalDate.ofInstant(instant, IndonesianDate.ZONE),
				indonesian ? Locale.forLanguageTag("id") : Locale.ENGLISH) + ", " + time.format(instant) + " WIB";
	}

	private String verdict(SignatureReport.Signature signature, Locale locale) {
		return messages.getMessage("documents.signature.verdict." + signature.verdict(), null, locale);
	}

	private String reason(SignatureReport.Signature signature, Locale locale) {
		return signature.reason() == null ? null
				: messages.getMessage("documents.signature.reason." + signature.reason(), null, locale);
	}
}
