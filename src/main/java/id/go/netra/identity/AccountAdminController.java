package id.go.netra.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.go.netra.DomainException;
import id.go.netra.keys.KeyEncryptionKey;

/** Administration of people's accounts, API clients and per-role sign-in policy. */
@Controller
class AccountAdminController {

	record UserForm(String username, String displayName, String email, String agencyCode, List<Role> roles,
			String password) implements java.io.Serializable {

		Set<Role> roleSet() {
			return roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
		}
	}

	record ClientForm(String clientId, String name, String agencyCode, List<Role> roles) {
	}

	private static final int PAGE_SIZE = 25;

	private final UserAccounts users;
	private final ApiClients clients;
	private final RolePolicies policies;
	private final MessageSource messages;
	private final KeyEncryptionKey keys;

	AccountAdminController(UserAccounts users, ApiClients clients, RolePolicies policies, MessageSource messages,
			KeyEncryptionKey keys) {
		this.keys = keys;
		this.users = users;
		this.clients = clients;
		this.policies = policies;
		this.messages = messages;
	}

	@GetMapping("/admin/pengguna")
	String users(@RequestParam(required = false) String q, @RequestParam(required = false) String agency,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("users", users.search(q, agency, Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("now", java.time.Instant.now());
		model.addAttribute("q", q);
		model.addAttribute("agency", agency);
		model.addAttribute("roles", Role.values());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new UserForm("", "", "", "", List.of(), ""));
		}
		return "admin/users";
	}

	@PostMapping("/admin/pengguna")
	String createUser(UserForm form, RedirectAttributes redirect, Locale locale) {
		try {
			users.create(new UserAccounts.NewUser(form.username(), form.displayName(), form.email(), form.agencyCode(),
					form.roleSet(), form.password()));
			redirect.addFlashAttribute("flash", messages.getMessage("user.created", null, locale));
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("flashError", e.localized(messages, locale));
			redirect.addFlashAttribute("form", new UserForm(form.username(), form.displayName(), form.email(),
					form.agencyCode(), form.roles(), ""));
		}
		return "redirect:/admin/pengguna";
	}

	@PostMapping("/admin/pengguna/{username}/{action}")
	String userAction(@PathVariable String username, @PathVariable String action, RedirectAttributes redirect,
			Locale locale) {
		try {
			switch (action) {
				case "buka-kunci" -> users.unlock(username);
				case "atur-ulang-otp" -> users.resetTotp(username);
				case "aktifkan" -> users.setEnabled(username, true);
				case "nonaktifkan" -> users.setEnabled(username, false);
				default -> throw DomainException.notFound("identity.user.notFound", username);
			}
			redirect.addFlashAttribute("flash", messages.getMessage("app.saved", null, locale));
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("flashError", e.localized(messages, locale));
		}
		return "redirect:/admin/pengguna";
	}

	@GetMapping("/admin/klien")
	String clients(Model model) {
		model.addAttribute("clients", clients.all());
		model.addAttribute("roles", Role.values());
		return "admin/clients";
	}

	@PostMapping("/admin/klien")
	String createClient(ClientForm form, RedirectAttributes redirect, Locale locale) {
		try {
			Set<Role> roles = form.roles() == null || form.roles().isEmpty() ? Set.of() : EnumSet.copyOf(form.roles());
			String secret = clients.create(form.clientId(), form.name(), form.agencyCode(), roles);
			redirect.addFlashAttribute("createdClient", form.clientId().trim().toLowerCase());
			redirect.addFlashAttribute("createdSecret", secret);
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("flashError", e.localized(messages, locale));
		}
		return "redirect:/admin/klien";
	}

	@PostMapping("/admin/klien/{clientId}/status")
	String clientStatus(@PathVariable String clientId, @RequestParam boolean enabled, RedirectAttributes redirect,
			Locale locale) {
		try {
			clients.setEnabled(clientId, enabled);
			redirect.addFlashAttribute("flash", messages.getMessage("app.saved", null, locale));
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("flashError", e.localized(messages, locale));
		}
		return "redirect:/admin/klien";
	}

	@GetMapping("/admin/peran")
	String policies(Model model) {
		model.addAttribute("policies", policies.totpRequired());
		model.addAttribute("mandatory", java.util.Arrays.stream(Role.values()).filter(role -> !policies.mayExempt(role)).toList());
		model.addAttribute("keys", keys.description());
		return "admin/policies";
	}

	@PostMapping("/admin/peran")
	String savePolicy(@RequestParam Role role, @RequestParam(defaultValue = "false") boolean totpRequired,
			RedirectAttributes redirect, Locale locale) {
		try {
			policies.requireTotp(role, totpRequired);
			redirect.addFlashAttribute("flash", messages.getMessage("policy.saved", null, locale));
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("flashError", e.localized(messages, locale));
		}
		return "redirect:/admin/peran";
	}
}
