package id.go.netra.pacts;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.go.netra.Dates;
import id.go.netra.DomainException;
import id.go.netra.documents.Letters;

/**
 * The employee's signing page behind the personal link, without an account and made for a phone: prove who you
 * are (NIP or NIK and birth date, then the one-time code), read the pact, tick the consent, sign; then the receipt
 * and the signed pact as PDF. A refusal is shown on the same step, in words.
 */
@Controller
class SigningPages {

	private final OnlineSigning signing;
	private final Letters letters;
	private final MessageSource messages;

	SigningPages(OnlineSigning signing, Letters letters, MessageSource messages) {
		this.signing = signing;
		this.letters = letters;
		this.messages = messages;
	}

	@GetMapping("/pakta/{token}")
	String show(@PathVariable String token, Model model, Locale locale) {
		OnlineSigning.Standing standing = signing.open(token);
		return page(token, standing, signing.verified(standing.signer()) ? "sign" : "identity", model, locale);
	}

	@PostMapping("/pakta/{token}/identitas")
	String identity(@PathVariable String token, @RequestParam(required = false) String number,
			@RequestParam(required = false) String birthDate, Model model, Locale locale) {
		try {
			signing.proveIdentity(token, number, birthDate);
			return page(token, signing.open(token), "code", model, locale);
		}
		catch (DomainException refused) {
			return refused(token, "identity", refused, model, locale);
		}
	}

	@PostMapping("/pakta/{token}/kode")
	String code(@PathVariable String token, @RequestParam(required = false) String code, Model model, Locale locale) {
		try {
			signing.confirmCode(token, code);
			return "redirect:/pakta/" + token;
		}
		catch (DomainException refused) {
			boolean fresh = "pacts.code.expired".equals(refused.messageCode())
					|| "pacts.code.spent".equals(refused.messageCode());
			return refused(token, fresh ? "identity" : "code", refused, model, locale);
		}
	}

	@PostMapping("/pakta/{token}/tandatangan")
	String sign(@PathVariable String token, @RequestParam(required = false) String consent, Model model,
			Locale locale) {
		try {
			signing.sign(token, consent != null);
			return "redirect:/pakta/" + token;
		}
		catch (DomainException refused) {
			return refused(token, "sign", refused, model, locale);
		}
	}

	@GetMapping("/pakta/{token}/pakta.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String token) {
		Signer signer = signing.open(token).signer();
		if (signer.letterId() == null) {
			throw DomainException.notFound("pacts.link.unknown");
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("pakta-integritas.pdf").build().toString())
			.body(letters.pdf(signer.letterId()));
	}

	private String refused(String token, String step, DomainException refused, Model model, Locale locale) {
		model.addAttribute("problem", refused.localized(messages, locale));
		OnlineSigning.Standing standing = signing.open(token);
		return page(token, standing, standing.signer().signed() ? "receipt" : step, model, locale);
	}

	private String page(String token, OnlineSigning.Standing standing, String step, Model model, Locale locale) {
		Signer signer = standing.signer();
		model.addAttribute("token", token);
		model.addAttribute("maskedEmail", signer.maskedEmail());
		model.addAttribute("step", signer.signed() ? "receipt" : step);
		model.addAttribute("signer", signer);
		model.addAttribute("campaign", standing.campaign());
		model.addAttribute("text", standing.text());
		model.addAttribute("paragraphs", standing.text().paragraphs());
		model.addAttribute("deadline", Dates.day(standing.campaign().deadline(), locale));
		model.addAttribute("numberLabel", signer.registryNumber().length() == 18 ? "NIP" : "NIK");
		if (signer.signed()) {
			model.addAttribute("signedAt", Dates.dateTime(signer.signedAt(), locale));
			model.addAttribute("letter", signer.letterId() == null ? null : letters.find(signer.letterId()).orElse(null));
		}
		return "pacts/sign";
	}
}
