package id.go.netra.documents;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.go.netra.Dates;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public page behind a letter's QR code ({@code /verifikasi/{code}}), and a form to type the code printed
 * under it. Says whether Netra issued the letter and shows what the letter's holder can compare with the paper,
 * never whom it went to or what it says.
 */
@Controller
@RequestMapping("/verifikasi")
class VerificationPages {

	/** The public facts of a verified letter, as the page shows them in the reader's language. */
	record VerifiedLetter(String kind, String number, String date, String issuerName, String subject,
			String issuedAt, String sha256) {
	}

	private static final String FORM = "documents/verify";
	private static final int LONGEST_ECHO = 40;

	private final Letters letters;
	private final MessageSource messages;

	VerificationPages(Letters letters, MessageSource messages) {
		this.letters = letters;
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
		return letters.verify(code).map(verification -> {
			model.addAttribute("letter", shown(verification, locale));
			return "documents/verified";
		}).orElseGet(() -> notIssued(code, model, response));
	}

	private String notIssued(String typed, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("notIssued", true);
		model.addAttribute("code", typed.length() <= LONGEST_ECHO ? typed.trim() : null);
		return FORM;
	}

	private VerifiedLetter shown(Letters.Verification letter, Locale locale) {
		boolean indonesian = !"en".equals(locale.getLanguage());
		DateTimeFormatter time = DateTimeFormatter.ofPattern(indonesian ? "HH.mm.ss" : "HH:mm:ss")
			.withZone(IndonesianDate.ZONE);
		return new VerifiedLetter(messages.getMessage("documents.kind." + letter.kind(), null, locale),
				letter.number(), date(letter.date(), indonesian), letter.issuerName(), letter.subject(),
				date(LocalDate.ofInstant(letter.issuedAt(), IndonesianDate.ZONE), indonesian) + ", "
						+ time.format(letter.issuedAt()) + " WIB",
				letter.sha256());
	}

	private static String date(LocalDate date, boolean indonesian) {
		return Dates.day(date, indonesian ? Locale.forLanguageTag("id") : Locale.ENGLISH);
	}
}
