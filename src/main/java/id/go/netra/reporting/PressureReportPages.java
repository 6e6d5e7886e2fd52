package id.go.netra.reporting;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.go.netra.FormProblems;
import id.go.netra.catalog.Regions;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The confidential channel's page, without an account: the ASN says who pressed them and how; the receipt comes on
 * the public report's page, and the ASN follows it there.
 */
@Controller
@RequestMapping("/tekanan")
class PressureReportPages {

	private static final String FORM = "reporting/pressure-form";

	private final Reports reports;
	private final Regions regions;
	private final MessageSource messages;
	private final Clock clock;

	PressureReportPages(Reports reports, Regions regions, MessageSource messages, Clock clock) {
		this.reports = reports;
		this.regions = regions;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String form(Model model) {
		return formPage(PressureForm.empty(), FormProblems.none(), model);
	}

	@PostMapping
	String file(PressureForm form, @RequestParam(name = "evidence", required = false) List<MultipartFile> evidence,
			HttpServletResponse response, Model model, RedirectAttributes redirect, Locale locale) {
		return FilingForms.answer(
				() -> reports.filePressure(form.toSubmission(), PublicReportApiController.uploads(evidence)),
				problems -> formPage(form, problems, model), messages, locale, response, redirect);
	}

	private String formPage(PressureForm form, FormProblems problems, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("relations", PressureSubmission.Relation.values());
		FilingForms.incidentChoices(model, regions, clock);
		FilingForms.evidenceChoices(model);
		return FORM;
	}
}
