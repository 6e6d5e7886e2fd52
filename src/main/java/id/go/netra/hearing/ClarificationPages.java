package id.go.netra.hearing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import id.go.netra.Dates;
import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.catalog.BusinessCalendar;
import id.go.netra.catalog.Sanctions;
import id.go.netra.enforcement.DisciplineEntry;
import id.go.netra.enforcement.SanctionObjection;
import id.go.netra.enforcement.SanctionObjections;

/**
 * The accused employee's page behind the personal link, without an account and made for a phone: prove who you are
 * (NIP and birth date, then the one-time code), read what is alleged and until when you may answer, give your
 * statement and files; later, once a sanction is imposed, object to it here. A refusal is shown on the same step, in
 * words. The reporter is never named.
 */
@Controller
class ClarificationPages {

	private final AccusedAccess access;
	private final Clarifications clarifications;
	private final SanctionObjections objections;
	private final Sanctions sanctions;
	private final HearingTexts texts;
	private final MessageSource messages;
	private final Clock clock;

	ClarificationPages(AccusedAccess access, Clarifications clarifications, SanctionObjections objections,
			Sanctions sanctions, HearingTexts texts, MessageSource messages, Clock clock) {
		this.access = access;
		this.clarifications = clarifications;
		this.objections = objections;
		this.sanctions = sanctions;
		this.texts = texts;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/klarifikasi/{token}")
	String show(@PathVariable String token, Model model, Locale locale) {
		AccusedAccess.Standing standing = access.open(token);
		return page(token, standing, access.verified(standing.hearing()) ? "answer" : "identity", model, locale);
	}

	@PostMapping("/klarifikasi/{token}/identitas")
	String identity(@PathVariable String token, @RequestParam(required = false) String nip,
			@RequestParam(required = false) String birthDate, Model model, Locale locale) {
		try {
			model.addAttribute("maskedEmail", access.proveIdentity(token, nip, birthDate));
			return page(token, access.open(token), "code", model, locale);
		}
		catch (DomainException refused) {
			return refused(token, "identity", refused, model, locale);
		}
	}

	@PostMapping("/klarifikasi/{token}/kode")
	String code(@PathVariable String token, @RequestParam(required = false) String code, Model model, Locale locale) {
		try {
			access.confirmCode(token, code);
			return "redirect:/klarifikasi/" + token;
		}
		catch (DomainException refused) {
			boolean fresh = "hearing.code.expired".equals(refused.messageCode())
					|| "hearing.code.spent".equals(refused.messageCode());
			return refused(token, fresh ? "identity" : "code", refused, model, locale);
		}
	}

	@PostMapping("/klarifikasi/{token}/jawaban")
	String answer(@PathVariable String token, @RequestParam(required = false) String statement,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model, Locale locale) {
		try {
			clarifications.byEmployee(token, statement, HearingApiController.uploads(files));
			model.addAttribute("answered", true);
			return page(token, access.open(token), "status", model, locale);
		}
		catch (DomainException refused) {
			model.addAttribute("statement", statement);
			return refused(token, "answer", refused, model, locale);
		}
	}

	@PostMapping("/klarifikasi/{token}/keberatan")
	String object(@PathVariable String token, @RequestParam(required = false) String grounds, Model model,
			Locale locale) {
		try {
			AccusedAccess.Standing standing = access.open(token);
			if (!access.verified(standing.hearing())) {
				throw DomainException.invalid("hearing.clarification.notVerified");
			}
			LocalDate today = LocalDate.now(clock.withZone(BusinessCalendar.ZONE));
			objections.fileByEmployee(standing.hearing().caseId(), standing.employee().nip(), standing.employee().name(),
					new SanctionObjections.Filing(today, grounds, null));
			model.addAttribute("objected", true);
			return page(token, standing, "answer", model, locale);
		}
		catch (DomainException refused) {
			model.addAttribute("grounds", grounds);
			return refused(token, "answer", refused, model, locale);
		}
	}

	private String refused(String token, String step, DomainException refused, Model model, Locale locale) {
		if (refused instanceof InvalidInput invalid) {
			model.addAttribute("problem", invalid.problems()
				.stream()
				.map(p -> p.localized(messages, locale))
				.reduce((a, b) -> a + " " + b)
				.orElse(refused.localized(messages, locale)));
		}
		else {
			model.addAttribute("problem", refused.localized(messages, locale));
		}
		return page(token, access.open(token), step, model, locale);
	}

	private String page(String token, AccusedAccess.Standing standing, String step, Model model, Locale locale) {
		Hearing h = standing.hearing();
		boolean open = h.openFor(clock.instant());
		model.addAttribute("token", token);
		model.addAttribute("name", standing.employee().name());
		model.addAttribute("complaintNumber", h.complaintNumber());
		model.addAttribute("allegation", texts.allegation(h, locale));
		// the task force's words as they stand now, also when the notice went out before they were written
		model.addAttribute("allegationText", h.allegation() == null ? null : h.allegation().text());
		model.addAttribute("due", Dates.dateTime(h.clarificationDueAt(), locale));
		model.addAttribute("delivered", h.channel() == Hearing.Channel.PPK_DELIVERY);
		model.addAttribute("maxFiles", Clarifications.MAX_FILES);
		// once proven, the answer form while it is open; otherwise where things stand
		model.addAttribute("step", "answer".equals(step) && !open ? "status" : step);
		model.addAttribute("open", open);
		model.addAttribute("clarifiedAt", h.clarifiedAt() == null ? null : Dates.dateTime(h.clarifiedAt(), locale));
		model.addAttribute("reviewed", h.reviewFound() != null);
		DisciplineEntry sanction = objections.sanctionOf(h.caseId()).orElse(null);
		model.addAttribute("sanction", sanction);
		if (sanction != null) {
			model.addAttribute("sanctionName", sanctions.find(sanction.sanctionCode()).map(s -> s.nameIn(locale))
				.orElse(sanction.sanctionCode()));
			model.addAttribute("decreeDate", Dates.day(sanction.decreeDate(), locale));
			SanctionObjection objection = objections.latestForCase(h.caseId()).orElse(null);
			model.addAttribute("objection", objection);
			if (objection != null) {
				model.addAttribute("objectionFiled", Dates.day(objection.filedOn(), locale));
				model.addAttribute("objectionDue", Dates.day(objection.decisionDueOn(), locale));
			}
			model.addAttribute("mayObject", access.verified(h) && objection == null
					&& sanction.standing() == DisciplineEntry.Standing.IN_FORCE);
		}
		return "hearing/clarify";
	}
}
