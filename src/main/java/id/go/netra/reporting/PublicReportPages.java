package id.go.netra.reporting;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.go.netra.DomainException;
import id.go.netra.FormProblems;
import id.go.netra.InvalidInput;
import id.go.netra.TooManyRequests;
import id.go.netra.catalog.Regions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The citizen's pages: report without an account, see the complaint number and the receipt code once,
 * download the proof, then follow the report with the code. The code travels only in POST bodies and flash
 * attributes, never in a URL, so it stays out of browser history, server logs and referrers; pages that hold
 * it are not cached.
 */
@Controller
@RequestMapping("/lapor")
class PublicReportPages {

	/** What the reporter proves themselves with; serializable, as it may wait in the session as a flash attribute. */
	record Receipt(String complaintNumber, String receiptCode) implements Serializable {
	}

	/** The reporter's answer to the task force, with more links; files come as separate parts. */
	record AnswerForm(String complaintNumber, String receiptCode, String body, String links) {

		Receipt receipt() {
			return new Receipt(complaintNumber, receiptCode);
		}
	}

	private static final String FORM = "reporting/report-form";
	private static final String CHECK = "reporting/status-check";
	/** The query parameter that fills in the complaint number on the check form (from the receipt's QR code). */
	static final String NUMBER_PARAMETER = "nomor";

	private final Reports reports;
	private final Regions regions;
	private final ReportProgressView progress;
	private final ReceiptPdf pdf;
	private final MessageSource messages;
	private final Clock clock;

	PublicReportPages(Reports reports, Regions regions, ReportProgressView progress, ReceiptPdf pdf,
			MessageSource messages, Clock clock) {
		this.reports = reports;
		this.regions = regions;
		this.progress = progress;
		this.pdf = pdf;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String reportForm(Model model) {
		return formPage(ReportForm.empty(), FormProblems.none(), model);
	}

	@PostMapping
	String file(ReportForm form, @RequestParam(name = "evidence", required = false) List<MultipartFile> evidence,
			HttpServletResponse response, Model model, RedirectAttributes redirect, Locale locale) {
		return FilingForms.answer(
				() -> reports.filePublic(form.toSubmission(), PublicReportApiController.uploads(evidence)),
				problems -> formPage(form, problems, model), messages, locale, response, redirect);
	}

	/** Shows the code from the flash attributes: there on the first view only, so a reload no longer shows it. */
	@GetMapping("/terkirim")
	String filed(HttpServletResponse response) {
		noStore(response);
		return "reporting/filed";
	}

	/** The proof of filing as PDF, made again from the code the reporter holds; or the check page if it is wrong. */
	@PostMapping("/bukti")
	Object proof(Receipt receipt, HttpServletRequest request, HttpServletResponse response, Model model,
			Locale locale) {
		return reportFor(receipt, request, response, model, locale)
			.<Object>map(report -> PublicReportApiController.pdfResponse(
					pdf.render(report, receipt.receiptCode().trim(), locale), report.complaintNumber()))
			.orElse(CHECK);
	}

	/**
	 * The check form, with the complaint number filled in when the link names one (the receipt's QR code); right
	 * after an answer (post/redirect/get) the receipt comes back once as a flash attribute.
	 */
	@GetMapping("/status")
	String statusForm(@RequestParam(name = NUMBER_PARAMETER, required = false) String number,
			HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
		if (!(model.getAttribute("receipt") instanceof Receipt receipt)) {
			model.addAttribute("complaintNumber", wellFormed(number));
			return CHECK;
		}
		return status(receipt, request, response, model, locale);
	}

	@PostMapping("/status")
	String status(Receipt receipt, HttpServletRequest request, HttpServletResponse response, Model model,
			Locale locale) {
		AnswerForm blank = new AnswerForm(receipt.complaintNumber(), receipt.receiptCode(), null, null);
		return reportFor(receipt, request, response, model, locale)
			.map(report -> statusPage(report, blank, FormProblems.none(), model))
			.orElse(CHECK);
	}

	@PostMapping("/status/jawab")
	String answer(AnswerForm form, @RequestParam(name = "evidence", required = false) List<MultipartFile> evidence,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect,
			Locale locale) {
		FormProblems problems;
		try {
			reports.answer(form.complaintNumber(), form.receiptCode(), request.getRemoteAddr(), form.body(),
					ReportForm.lines(form.links()), PublicReportApiController.uploads(evidence));
			redirect.addFlashAttribute("receipt", form.receipt());
			redirect.addFlashAttribute("flash", messages.getMessage("lapor.answer.sent", null, locale));
			return "redirect:/lapor/status";
		}
		catch (InvalidInput refused) {
			problems = FormProblems.of(refused, messages, locale);
		}
		catch (DomainException refused) {
			if (refused.status() == HttpServletResponse.SC_CONFLICT) {
				// the case is closed: the page says so and keeps what was typed out of the way
				response.setStatus(refused.status());
				model.addAttribute("refusal", refused.localized(messages, locale));
				return reportFor(form.receipt(), request, response, model, locale)
					.map(report -> statusPage(report, form, FormProblems.none(), model))
					.orElse(CHECK);
			}
			if (refused.status() != HttpServletResponse.SC_BAD_REQUEST) {
				// a wrong code or too many tries: the same neutral answer as the check form gives
				return checkRefused(refused, form.receipt(), response, model, locale);
			}
			problems = FormProblems.of("evidence", refused.localized(messages, locale));
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return reportFor(form.receipt(), request, response, model, locale)
			.map(report -> statusPage(report, form, problems, model))
			.orElse(CHECK);
	}

	private String formPage(ReportForm form, FormProblems problems, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		FilingForms.incidentChoices(model, regions, clock);
		FilingForms.evidenceChoices(model);
		model.addAttribute("minDescription", SubmissionCheck.MIN_DESCRIPTION);
		model.addAttribute("maxLinks", SubmissionCheck.MAX_LINKS);
		return FORM;
	}

	/**
	 * The report if the code is right. Otherwise prepares the check page with a neutral refusal: a wrong code
	 * and an unknown number read alike, so the page never tells whether a number exists.
	 */
	private Optional<Report> reportFor(Receipt receipt, HttpServletRequest request, HttpServletResponse response,
			Model model, Locale locale) {
		noStore(response);
		try {
			Optional<Report> report = reports.findForReporter(receipt.complaintNumber(), receipt.receiptCode(),
					request.getRemoteAddr());
			if (report.isEmpty()) {
				checkRefused(DomainException.notFound("reporting.receipt.wrong"), receipt, response, model, locale);
			}
			return report;
		}
		catch (TooManyRequests busy) {
			checkRefused(busy, receipt, response, model, locale);
			return Optional.empty();
		}
	}

	private String checkRefused(DomainException refusal, Receipt receipt, HttpServletResponse response, Model model,
			Locale locale) {
		response.setStatus(refusal.status());
		if (refusal instanceof TooManyRequests busy) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(busy.retryAfterSeconds()));
		}
		model.addAttribute("refusal", refusal.localized(messages, locale));
		// the number is given back to correct a typo; the code never is
		model.addAttribute("complaintNumber", receipt.complaintNumber());
		return CHECK;
	}

	private String statusPage(Report report, AnswerForm answer, FormProblems problems, Model model) {
		model.addAttribute("number", report.complaintNumber().value());
		model.addAttribute("progress", progress.of(report));
		model.addAttribute("filedAt", report.filedAt());
		model.addAttribute("conversation", reports.messages(report.id()));
		model.addAttribute("evidence", reports.evidence(report.id()));
		model.addAttribute("handedToLapor", reports.handedToLapor(report.id()));
		model.addAttribute("laporNumber", report.laporNumber());
		model.addAttribute("answer", answer);
		model.addAttribute("problems", problems);
		FilingForms.evidenceChoices(model);
		return "reporting/status";
	}

	/** A complaint number as typed, or null: what a link fills in must look like one. */
	private static String wellFormed(String number) {
		try {
			return number == null ? null : ComplaintNumber.parse(number).value();
		}
		catch (DomainException notOne) {
			return null;
		}
	}

	private static void noStore(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}
}
