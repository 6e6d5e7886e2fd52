package id.go.netra.documents;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.DomainException;

/**
 * What the public verification answers: a letter by its code with the check of its seal, and a PDF someone holds,
 * checked byte for byte against what Netra issued and for the signatures it carries.
 */
@Service
public class LetterChecks {

	/** The largest file the check reads: Netra's letters are tens of kilobytes. */
	static final int MAX_FILE = 20 * 1024 * 1024;

	/** A letter by its code: its public facts and what a check of its stored PDF's signatures says. */
	public record CheckedLetter(Letters.Verification letter, SignatureReport signatures) {
	}

	/**
	 * A file checked.
	 *
	 * @param sha256 the file's SHA-256
	 * @param issued the letter Netra issued with exactly these bytes, if any
	 * @param issuedCode that letter's verification code (printed on it anyway); null when none
	 * @param sameAsCode when a code was given: whether the file is that letter's PDF byte for byte; null without one
	 * @param signatures what its signatures say
	 */
	public record FileCheck(String sha256, Optional<Letters.Verification> issued, String issuedCode,
			Boolean sameAsCode, SignatureReport signatures) {

		/** An exact copy of an issued letter whose seal holds. */
		public boolean genuine() {
			return issued.isPresent() && signatures.valid() && !Boolean.FALSE.equals(sameAsCode);
		}
	}

	private final Letters letters;
	private final LetterArchive archive;
	private final Signatures signatures;

	LetterChecks(Letters letters, LetterArchive archive, Signatures signatures) {
		this.letters = letters;
		this.archive = archive;
		this.signatures = signatures;
	}

	@Transactional(readOnly = true)
	public Optional<CheckedLetter> byCode(String verificationCode) {
		return VerificationCode.parse(verificationCode)
			.flatMap(archive::withCode)
			.map(letter -> new CheckedLetter(Letters.verification(letter),
					signatures.check(archive.pdf(letter.id()).orElseThrow())));
	}

	/**
	 * Checks a file someone holds; with a code, against that letter too.
	 *
	 * @throws DomainException when the file is empty, too large or no PDF (nothing is stored either way)
	 */
	@Transactional(readOnly = true)
	public FileCheck file(byte[] content, String verificationCode) {
		if (content == null || content.length == 0) {
			throw DomainException.invalid("documents.check.empty");
		}
		if (content.length > MAX_FILE) {
			throw DomainException.invalid("documents.check.tooLarge", MAX_FILE / (1024 * 1024));
		}
		if (!isPdf(content)) {
			throw DomainException.invalid("documents.check.notPdf");
		}
		SignatureReport report = signatures.check(content);
		if (!report.readable()) {
			throw DomainException.invalid("documents.check.notPdf");
		}
		String sha256 = Letters.sha256(content);
		Optional<Letter> copyOf = archive.withSha256(sha256);
		Boolean sameAsCode = null;
		if (verificationCode != null && !verificationCode.isBlank()) {
			Letters.Verification coded = letters.verify(verificationCode)
				.orElseThrow(() -> DomainException.notFound("documents.verification.unknown"));
			sameAsCode = coded.sha256().equals(sha256);
		}
		return new FileCheck(sha256, copyOf.map(Letters::verification),
				copyOf.map(Letter::verificationCode).orElse(null), sameAsCode, report);
	}

	/** "%PDF-" within the first kilobyte, where readers look for it. */
	private static boolean isPdf(byte[] content) {
		int end = Math.min(content.length - 4, 1024);
		for (int i = 0; i < end; i++) {
			if (content[i] == '%' && content[i + 1] == 'P' && content[i + 2] == 'D' && content[i + 3] == 'F'
					&& content[i + 4] == '-') {
				return true;
			}
		}
		return false;
	}
}
