package id.go.netra.monitoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.go.netra.DomainException;
import id.go.netra.identity.CurrentActor;
import jakarta.servlet.http.HttpSession;

/**
 * A file of posts uploaded on the page: the summary (rows read, new, already known, refused) with each refused row
 * by its line and what is wrong, and the refused rows to download as CSV, fixed and sent again. The report waits
 * in the officer's session until the next upload, so nothing of a refused row is stored on the server.
 */
@Controller
@PreAuthorize("hasRole('TASK_FORCE')")
class PostUploadPages {

	static final String REFUSED = PostUploadPages.class.getName() + ".refused";

	private final PostUpload upload;
	private final CurrentActor currentActor;
	private final MessageSource messages;

	PostUploadPages(PostUpload upload, CurrentActor currentActor, MessageSource messages) {
		this.upload = upload;
		this.currentActor = currentActor;
		this.messages = messages;
	}

	@GetMapping("/pemantauan/unggah")
	String form(Model model) {
		model.addAttribute("columns", String.join(",", PostFiles.COLUMNS.keySet()));
		return "monitoring/upload";
	}

	@PostMapping("/pemantauan/unggah")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model, HttpSession session,
			Locale locale) throws IOException {
		form(model);
		session.removeAttribute(REFUSED);
		if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
			model.addAttribute("flashError", messages.getMessage("monitoring.upload.noFile", null, locale));
			return "monitoring/upload";
		}
		if (file.getSize() > PostFiles.MAX_BYTES) {
			// refused before the file is read into memory
			model.addAttribute("flashError", messages.getMessage("monitoring.upload.tooLarge",
					new Object[] { PostFiles.MAX_BYTES / (1024 * 1024) }, locale));
			return "monitoring/upload";
		}
		try {
			PostUpload.Summary summary = upload.run(currentActor.require(), file.getOriginalFilename(),
					file.getContentType(), file.getBytes(), locale);
			model.addAttribute("result", summary);
			if (summary.refused() > 0) {
				session.setAttribute(REFUSED, summary.refusedCsv());
			}
		}
		catch (DomainException refused) {
			model.addAttribute("flashError", refused.localized(messages, locale));
			model.addAttribute("flashErrorStatus", refused.status());
		}
		return "monitoring/upload";
	}

	@GetMapping("/pemantauan/unggah/ditolak.csv")
	Object refused(HttpSession session, RedirectAttributes redirect, Locale locale) {
		if (!(session.getAttribute(REFUSED) instanceof String csv)) {
			redirect.addFlashAttribute("flashError",
					messages.getMessage("monitoring.upload.nothingToDownload", null, locale));
			return "redirect:/pemantauan/unggah";
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("pos-ditolak.csv").build().toString())
			.body(csv.getBytes(StandardCharsets.UTF_8));
	}
}
