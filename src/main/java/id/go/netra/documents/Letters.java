package id.go.netra.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.DomainException;
import id.go.netra.PublicUrl;
import id.go.netra.audit.AuditTrail;

/**
 * Issues letters and answers for them: numbers a draft, renders it to PDF with the QR code of its verification
 * page, seals it with the issuing agency's key ({@link Signatures}, PAdES), stores the sealed PDF with its SHA-256,
 * and records the issue in the audit trail. Later the letters of a case,
 * the PDF as it was issued, and the public verification of a code.
 */
@Service
public class Letters {

	/**
	 * What the public verification of a code tells: enough to see that a letter in hand is one Netra issued,
	 * nothing confidential (no addressee, no employee, no body).
	 */
	public record Verification(LetterKind kind, String number, LocalDate date, String issuerName, String subject,
			String sha256, Instant issuedAt) {
	}

	private final LetterArchive archive;
	private final LetterSequences sequences;
	private final LetterPdf pdf;
	private final NumberingScheme numbering;
	private final String place;
	private final Signatures signatures;
	private final LetterSignatories signatories;
	private final PublicUrl publicUrl;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Letters(LetterArchive archive, LetterSequences sequences, LetterPdf pdf, DocumentSettings settings,
			Signatures signatures, LetterSignatories signatories, PublicUrl publicUrl, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.archive = archive;
		this.sequences = sequences;
		this.pdf = pdf;
		this.numbering = settings.numberingScheme();
		this.place = settings.place();
		this.signatures = signatures;
		this.signatories = signatories;
		this.publicUrl = publicUrl;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Numbers, renders and stores the letter in the caller's transaction, so the letter and the action it
	 * announces commit together. The number's row stays locked until that commit: keep the rest of the
	 * transaction short, as the next letter of the same kind waits for it.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public Letter issue(LetterDraft draft) {
		Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		LocalDate date = LocalDate.ofInstant(issuedAt, IndonesianDate.ZONE);
		int sequence = sequences.next(draft.kind(), date.getYear());
		String number = numbering.number(draft.kind(), sequence, date, draft.issuerAgencyCode());
		VerificationCode code = VerificationCode.random();
		X509Certificate seal = signatures.certificateOf(draft.issuerAgencyCode(), draft.issuerName())
			.orElse(null);
		byte[] rendered = pdf.render(draft, new LetterPdf.Issue(number, date, issuedAt, code,
				verificationUrl(code.value()),
				SignatureBlock.of(draft, signatories.of(draft.issuerAgencyCode()), seal)));
		byte[] document = signatures.seal(draft.issuerAgencyCode(), draft.issuerName(), rendered,
				number + " - " + draft.subject(), place, issuedAt);
		Letter letter = new Letter(UUID.randomUUID(), draft.kind(), number, date, draft.subject(), draft.addressee(),
				draft.issuerName(), draft.caseId(), draft.reference(), code.value(), sha256(document), issuedAt);
		archive.store(letter, sequence, draft, document);
		audit.record("LETTER_ISSUED", number, describe(letter, draft));
		events.publishEvent(LetterIssued.of(letter, draft));
		return letter;
	}

	@Transactional(readOnly = true)
	public Optional<Letter> find(UUID id) {
		return archive.find(id);
	}

	/** The letters of a case, oldest first. */
	@Transactional(readOnly = true)
	public List<Letter> forCase(UUID caseId) {
		return archive.forCase(caseId);
	}

	/** The PDF exactly as issued; its SHA-256 is the letter's. */
	@Transactional(readOnly = true)
	public byte[] pdf(UUID id) {
		return archive.pdf(id).orElseThrow(() -> DomainException.notFound("documents.letter.notFound"));
	}

	/** The public facts of the letter with this code, typed as people type it; empty when Netra issued none. */
	@Transactional(readOnly = true)
	public Optional<Verification> verify(String verificationCode) {
		return VerificationCode.parse(verificationCode)
			.flatMap(archive::withCode)
			.map(Letters::verification);
	}

	static Verification verification(Letter letter) {
		return new Verification(letter.kind(), letter.number(), letter.date(), letter.issuerName(), letter.subject(),
				letter.sha256(), letter.issuedAt());
	}

	/** Where the letter's QR code leads: its public verification page. */
	public String verificationUrl(Letter letter) {
		return verificationUrl(letter.verificationCode());
	}

	private String verificationUrl(String verificationCode) {
		return publicUrl.link("/verifikasi/" + verificationCode);
	}

	private static String describe(Letter letter, LetterDraft draft) {
		StringBuilder detail = new StringBuilder(letter.kind().name()).append(" to ").append(letter.addressee());
		if (draft.addresseeAgencyCode() != null) {
			detail.append(" (").append(draft.addresseeAgencyCode()).append(')');
		}
		if (letter.reference() != null) {
			detail.append(", complaint ").append(letter.reference());
		}
		if (letter.caseId() != null) {
			detail.append(", case ").append(letter.caseId());
		}
		return detail.append(", SHA-256 ").append(letter.sha256()).toString();
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
