package id.go.netra.web;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

import id.go.netra.DemoMode;
import id.go.netra.identity.CurrentActor;
import id.go.netra.identity.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What every page's layout needs: who is signed in, whether they administer, the current path for links. Added
 * when a page is about to be rendered, and only then: an API answer (JSON, a PDF, a redirect) never pays for it.
 * (As a {@code @ControllerAdvice} model attribute it was worked out for every request to a controller, API
 * included, after matching the advice against the controller's annotations: about 2 % of an API request.)
 */
@Component
class ShellModel implements HandlerInterceptor {

	private final CurrentActor currentActor;
	private final DemoMode demo;

	ShellModel(CurrentActor currentActor, DemoMode demo) {
		this.currentActor = currentActor;
		this.demo = demo;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || redirect(page)) {
			return;
		}
		ModelMap model = page.getModelMap();
		currentActor.get().ifPresent(actor -> {
			model.putIfAbsent("actor", actor);
			model.putIfAbsent("isAdmin", actor.has(Role.ADMIN));
			model.putIfAbsent("seesPacts",
					actor.has(Role.PPK) || actor.has(Role.CIVIL_SERVICE_AGENCY) || actor.has(Role.OVERSIGHT));
		});
		model.putIfAbsent("demoMode", demo.enabled());
		model.putIfAbsent("currentPath", request.getRequestURI());
		// named for Jakarta time (WIB), the time legal deadlines run on
		Locale locale = RequestContextUtils.getLocale(request);
		model.putIfAbsent("wib", new PageDates(locale));
	}

	/** A redirect or forward renders no page; attributes in its model would become query parameters. */
	private static boolean redirect(ModelAndView page) {
		String name = page.getViewName();
		return page.getView() instanceof RedirectView
				|| name != null && (name.startsWith("redirect:") || name.startsWith("forward:"));
	}
}
