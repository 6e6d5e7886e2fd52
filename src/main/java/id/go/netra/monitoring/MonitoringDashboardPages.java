package id.go.netra.monitoring;

import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.go.netra.identity.CurrentActor;

/** The task force's monitoring dashboard: posts in and decided, the model's precision, the model's versions. */
@Controller
@PreAuthorize("hasRole('TASK_FORCE')")
class MonitoringDashboardPages {

	private final MonitoringFigures figures;
	private final Classifier classifier;
	private final CurrentActor currentActor;

	MonitoringDashboardPages(MonitoringFigures figures, Classifier classifier, CurrentActor currentActor) {
		this.figures = figures;
		this.classifier = classifier;
		this.currentActor = currentActor;
	}

	@GetMapping("/pemantauan/dasbor")
	String dashboard(Model model, Locale locale) {
		model.addAttribute("f", figures.of(currentActor.require(), locale));
		model.addAttribute("models", classifier.versions());
		model.addAttribute("inUse", classifier.version());
		return "monitoring/dashboard";
	}
}
