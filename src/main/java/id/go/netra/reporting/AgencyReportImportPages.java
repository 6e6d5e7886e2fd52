package id.go.netra.reporting;

import java.io.IOException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import id.go.netra.DomainException;
import id.go.netra.identity.CurrentActor;

/**
 * Many agency reports at once from a spreadsheet saved as CSV: every row is filed on its own and the page lists
 * each row's complaint number or the reasons it was refused, by line, as in the spreadsheet.
 */
@Controller
@RequestMapping("/kasus/laporan-baru/impor")
@PreAuthorize("hasAnyRole('TASK_FORCE', 'ELECTION_SUPERVISOR')")
class AgencyReportImportPages {

	private final AgencyReportImport bulk;
	private final CurrentActor currentActor;
	private final MessageSource messages;

	AgencyReportImportPages(AgencyReportImport bulk, CurrentActor currentActor, MessageSource messages) {
		this.bulk = bulk;
		this.currentActor = currentActor;
		this.messages = messages;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("columns", AgencyReportImport.COLUMNS);
		model.addAttribute("kinds", java.util.Arrays.stream(ReportKind.values()).filter(k -> !k.isPublic()).toList());
		return "reporting/agency-import";
	}

	@PostMapping
	String upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false) ReportKind kind,
			Model model, Locale locale) throws IOException {
		form(model);
		if (file.isEmpty()) {
			model.addAttribute("flashError", messages.getMessage("reporting.import.empty", null, locale));
			return "reporting/agency-import";
		}
		try {
			model.addAttribute("result", bulk.run(currentActor.require(), file.getBytes(), kind, locale));
		}
		catch (DomainException refused) {
			model.addAttribute("flashError", refused.localized(messages, locale));
		}
		return "reporting/agency-import";
	}
}
