package id.go.netra.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.go.netra.casework.CaseQueue;
import id.go.netra.catalog.Regions;
import id.go.netra.identity.Actor;
import id.go.netra.identity.CurrentActor;
import id.go.netra.identity.Jurisdiction;
import id.go.netra.identity.Role;

/**
 * The public landing page and each signed-in person's home: their case queue at a glance, their roles, where
 * they apply, what to open.
 */
@Controller
class HomeController {

	/** One role of the signed-in person, with its jurisdiction spelled out in region names. */
	record RoleCard(Role role, boolean national, List<String> regions) {
	}

	private final CurrentActor currentActor;
	private final Regions regions;
	private final CaseQueue cases;

	HomeController(CurrentActor currentActor, Regions regions, CaseQueue cases) {
		this.currentActor = currentActor;
		this.regions = regions;
		this.cases = cases;
	}

	@GetMapping("/")
	String landing() {
		return currentActor.get().isPresent() ? "redirect:/beranda" : "landing";
	}

	@GetMapping("/beranda")
	String home(Model model) {
		Actor actor = currentActor.require();
		List<RoleCard> cards = Arrays.stream(Role.values())
			.filter(actor::has)
			.map(role -> card(role, actor.jurisdiction(role).orElseThrow()))
			.toList();
		model.addAttribute("roleCards", cards);
		model.addAttribute("caseCounts", cases.counts(actor));
		return "home";
	}

	@GetMapping("/admin")
	String administration() {
		return "admin/index";
	}

	private RoleCard card(Role role, Jurisdiction jurisdiction) {
		return new RoleCard(role, jurisdiction.national(),
				jurisdiction.regionCodes().stream().map(regions::nameOf).sorted().toList());
	}
}
