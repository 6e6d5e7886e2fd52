package id.go.netra.documents;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import id.go.netra.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The verification page for machines: another agency's system checks a letter it received, by its code or by the
 * PDF itself, and reads who sealed it, when, with which certificate, and whether the seal holds.
 */
@RestController
@RequestMapping("/api/v1/public/letters")
@Tag(name = "Letter verification", description = "Check that Netra issued a letter, by the code printed on it or by its PDF")
class VerificationApiController {

	/** A letter's public facts with its signatures. */
	record VerifiedLetter(LetterKind kind, String number, LocalDate date, String issuerName, String subject,
			String sha256, Instant issuedAt, boolean signatureValid, List<SignatureWords.ApiSignature> signatures) {
	}

	/**
	 * A file checked: {@code genuine} when it is an exact copy of a letter Netra issued and its seal holds;
	 * {@code issued} that letter's public facts, null when Netra issued no file with these bytes;
	 * {@code sameAsCode} whether it is the letter of the code given, null without a code.
	 */
	record FileAnswer(boolean genuine, String sha256, Letters.Verification issued, Boolean sameAsCode,
			boolean signatureValid, List<SignatureWords.ApiSignature> signatures) {
	}

	private final LetterChecks checks;
	private final SignatureWords words;

	VerificationApiController(LetterChecks checks, SignatureWords words) {
		this.checks = checks;
		this.words = words;
	}

	@GetMapping("/{code}")
	@Operation(summary = "The public facts of the letter with this verification code and its signatures; 404 when Netra issued none")
	VerifiedLetter verify(@PathVariable String code, Locale locale) {
		LetterChecks.CheckedLetter checked = checks.byCode(code)
			.orElseThrow(() -> DomainException.notFound("documents.verification.unknown"));
		Letters.Verification letter = checked.letter();
		return new VerifiedLetter(letter.kind(), letter.number(), letter.date(), letter.issuerName(),
				letter.subject(), letter.sha256(), letter.issuedAt(), checked.signatures().valid(),
				words.api(checked.signatures(), locale));
	}

	@PostMapping(path = "/check", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Checks a PDF: an exact copy of a letter Netra issued (with `code`: of that letter), and its signatures; 400 for a file that is no PDF")
	FileAnswer check(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "code", required = false) String code, Locale locale) throws IOException {
		if (file != null && file.getSize() > LetterChecks.MAX_FILE) {
			throw DomainException.invalid("documents.check.tooLarge", LetterChecks.MAX_FILE / (1024 * 1024));
		}
		LetterChecks.FileCheck check = checks.file(file == null ? null : file.getBytes(), code);
		return new FileAnswer(check.genuine(), check.sha256(), check.issued().orElse(null), check.sameAsCode(),
				check.signatures().valid(), words.api(check.signatures(), locale));
	}
}
