package id.go.netra.retention;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.go.netra.identity.CurrentActor;

/** Administrators see the retention schedule, what the next run would erase and every past run (/admin/retensi). */
@Controller
class RetentionPages {

	private static final int PAGE_SIZE = 20;

	private final Retention retention;
	private final CurrentActor currentActor;

	RetentionPages(Retention retention, CurrentActor currentActor) {
		this.retention = retention;
		this.currentActor = currentActor;
	}

	@GetMapping("/admin/retensi")
	String report(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("settings", retention.settings());
		java.time.Period period = retention.settings().afterClosing();
		model.addAttribute("wholeYears", period.getMonths() == 0 && period.getDays() == 0 ? period.getYears() : null);
		model.addAttribute("nextRunAt", retention.nextRunAt());
		model.addAttribute("preview", retention.preview());
		model.addAttribute("runs", retention.runs(Math.max(0, page), PAGE_SIZE));
		model.addAttribute("pagerBase", "/admin/retensi");
		return "retention/report";
	}

	@PostMapping("/admin/retensi/jalankan")
	String run(RedirectAttributes redirect) {
		RetentionRun run = retention.runNow(currentActor.require().name());
		redirect.addFlashAttribute("ran", run);
		return "redirect:/admin/retensi";
	}
}
