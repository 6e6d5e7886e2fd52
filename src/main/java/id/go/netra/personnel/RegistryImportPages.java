package id.go.netra.personnel;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.go.netra.DomainException;
import jakarta.servlet.http.HttpServletResponse;

/** BKN officers upload registry files and watch each import's progress (htmx polling). */
@Controller
@RequestMapping("/kepegawaian/impor")
@PreAuthorize("hasAnyRole('CIVIL_SERVICE_AGENCY', 'ADMIN')")
class RegistryImportPages {

	private final RegistryImports imports;
	private final MessageSource messages;

	RegistryImportPages(RegistryImports imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("imports", imports.recent(0, 20));
		model.addAttribute("columns", RegistryCsv.HEADER);
		model.addAttribute("required", RegistryCsv.REQUIRED);
		return "personnel/imports";
	}

	@PostMapping
	String upload(@RequestParam("file") MultipartFile file, RedirectAttributes redirect, Locale locale)
			throws IOException {
		try (InputStream content = file.getInputStream()) {
			RegistryImport queued = imports.submit(content, file.getOriginalFilename());
			redirect.addFlashAttribute("flash", messages.getMessage("personnel.import.queued",
					new Object[] { queued.fileName(), queued.recordsExpected() }, locale));
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("flashError", e.localized(messages, locale));
		}
		return "redirect:/kepegawaian/impor";
	}

	@GetMapping("/{id}/kemajuan")
	String progress(@PathVariable long id, Model model) {
		model.addAttribute("job", imports.find(id).orElseThrow(() -> DomainException.notFound("personnel.import.notFound", id)));
		return "personnel/imports :: progress";
	}

	@GetMapping("/{id}/ditolak.csv")
	void errors(@PathVariable long id, HttpServletResponse response) throws IOException {
		imports.find(id).orElseThrow(() -> DomainException.notFound("personnel.import.notFound", id));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"impor-" + id + "-ditolak.csv\"");
		imports.writeErrorReport(id, response.getOutputStream());
	}
}
