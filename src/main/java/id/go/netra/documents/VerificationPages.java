package id.go.netra.documents;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import id.go.netra.Dates;
import id.go.netra.DomainException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public page behind a letter's QR code ({@code /verifikasi/{code}}), and a form to type the code printed
 * under it. Says whether Netra issued the letter, shows what the letter's holder can compare with the paper and who
 * sealed it with which certificate, never whom it went to or what it says. A PDF someone holds is checked there too:
 * byte for byte against the letter, and for its signatures.
 */
@Controller
@RequestMapping("/verifikasi")
class VerificationPages {

	/** The public facts of a verified letter, as the page shows them in the reader's language. */
	record VerifiedLetter(String kind, String number, String date, String issuerName, String subject,
			String issuedAt, String sha256) {
	}

	/**
	 * What a check of an uploaded file found, in words.
	 *
	 * @param genuine an exact copy of an issued letter whose seal holds
	 * @param verdict the one sentence that answers
	 * @param sha256 the file's SHA-256
	 * @param issuedCode the code of the letter it is an exact copy of; null when none
	 * @param signatures its signatures
	 */
	record UploadResult(boolean genuine, String verdict, String sha256, String issuedCode,
			List<SignatureWords.PageSignature> signatures) {
	}

	private static final String FORM = "documents/verify";
	private static final String VERIFIED = "documents/verified";
	private static final int LONGEST_ECHO = 40;

	private final LetterChecks checks;
	private final SignatureWords words;
	private final DemoSealAuthority demoSeals;
	private final MessageSource messages;

	VerificationPages(LetterChecks checks, SignatureWords words, DemoSealAuthority demoSeals,
			MessageSource messages) {
		this.checks = checks;
		this.words = words;
		this.demoSeals = demoSeals;
		this.messages = messages;
	}

	/** The form; with a typed {@code kode}, on to the code's page. */
	@GetMapping
	String form(@RequestParam(name = "kode", required = false) String typed, Model model,
			HttpServletResponse response) {
		if (typed == null || typed.isBlank()) {
			return FORM;
		}
		return VerificationCode.parse(typed)
			.map(code -> "redirect:/verifikasi/" + code.value())
			.orElseGet(() -> notIssued(typed, model, response));
	}

	@GetMapping("/{code}")
	String verify(@PathVariable String code, Model model, HttpServletResponse response, Locale locale) {
		// each code's page is its letter's business, not a search engine's
		response.setHeader("X-Robots-Tag", "noindex");
		return checks.byCode(code).map(checked -> {
			model.addAttribute("letter", shown(checked.letter(), locale));
			model.addAttribute("code", VerificationCode.parse(code).orElseThrow().value());
			model.addAttribute("signatures", words.page(checked.signatures(), locale));
			model.addAttribute("demoRoot", demoSeals.enabled());
			return VERIFIED;
		}).orElseGet(() -> notIssued(code, model, response));
	}

	/** A file checked against the letter with this code. */
	@PostMapping("/{code}/berkas")
	String checkAgainst(@PathVariable String code, @RequestParam(name = "berkas", required = false) MultipartFile file,
			Model model, HttpServletResponse response, Locale locale) throws IOException {
		String page = verify(code, model, response, locale);
		if (VERIFIED.equals(page)) {
			upload(file, code, model, response, locale);
		}
		return page;
	}

	/** A file checked without a code: is it an exact copy of a letter Netra issued, and do its signatures hold? */
	@PostMapping("/berkas")
	String check(@RequestParam(name = "berkas", required = false) MultipartFile file, Model model,
			HttpServletResponse response, Locale locale) throws IOException {
		upload(file, null, model, response, locale);
		return FORM;
	}

	private void upload(MultipartFile file, String code, Model model, HttpServletResponse response, Locale locale)
			throws IOException {
		try {
			if (file != null && file.getSize() > LetterChecks.MAX_FILE) {
				throw DomainException.invalid("documents.check.tooLarge", LetterChecks.MAX_FILE / (1024 * 1024));
			}
			LetterChecks.FileCheck check = checks.file(file == null ? null : file.getBytes(), code);
			model.addAttribute("upload", result(check, locale));
		}
		catch (DomainException refused) {
			response.setStatus(refused.status());
			model.addAttribute("uploadError", refused.localized(messages, locale));
		}
	}

	private UploadResult result(LetterChecks.FileCheck check, Locale locale) {
		SignatureReport signatures = check.signatures();
		String verdict;
		if (Boolean.FALSE.equals(check.sameAsCode())) {
			verdict = "documents.check.notThisLetter";
		}
		else if (check.genuine()) {
			verdict = "documents.check.genuine";
		}
		else if (check.issued().isPresent()) {
			verdict = "documents.check.issuedButSeal";
		}
		else if (signatures.signatures().isEmpty()) {
			verdict = "documents.check.unsignedUnknown";
		}
		else if (signatures.altered()) {
			verdict = "documents.check.altered";
		}
		else {
			verdict = "documents.check.notIssued";
		}
		return new UploadResult(check.genuine(), messages.getMessage(verdict, null, locale), check.sha256(),
				check.sameAsCode() == null ? check.issuedCode() : null, words.page(signatures, locale));
	}

	private String notIssued(String typed, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("notIssued", true);
		model.addAttribute("code", typed.length() <= LONGEST_ECHO ? typed.trim() : null);
		return FORM;
	}

	private VerifiedLetter shown(Letters.Verification letter, Locale locale) {
		boolean indonesian = !"en".equals(locale.getLanguage());
		return new VerifiedLetter(messages.getMessage("documents.kind." + letter.kind(), null, locale),
				letter.number(), date(letter.date(), indonesian), letter.issuerName(), letter.subject(),
				SignatureWords.wib(letter.issuedAt(), locale), letter.sha256());
	}

	private static String date(LocalDate date, boolean indonesian) {
		return Dates.day(date, indonesian ? Locale.forLanguageTag("id") : Locale.ENGLISH);
	}
}
