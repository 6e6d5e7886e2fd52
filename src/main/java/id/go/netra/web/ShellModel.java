package id.go.netra.web;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import id.go.netra.DemoMode;
import id.go.netra.identity.CurrentActor;
import id.go.netra.identity.Role;
import jakarta.servlet.http.HttpServletRequest;

/** What every page's layout needs: who is signed in, whether they administer, the current path for links. */
@ControllerAdvice(annotations = Controller.class)
class ShellModel {

	private final CurrentActor currentActor;
	private final DemoMode demo;

	ShellModel(CurrentActor currentActor, DemoMode demo) {
		this.currentActor = currentActor;
		this.demo = demo;
	}

	@ModelAttribute
	void shell(Model model, HttpServletRequest request, Locale locale) {
		currentActor.get().ifPresent(actor -> {
			model.addAttribute("actor", actor);
			model.addAttribute("isAdmin", actor.has(Role.ADMIN));
		});
		model.addAttribute("demoMode", demo.enabled());
		model.addAttribute("currentPath", request.getRequestURI());
		// named for Jakarta time (WIB), the time legal deadlines run on
		model.addAttribute("wib", new PageDates(locale));
	}
}
