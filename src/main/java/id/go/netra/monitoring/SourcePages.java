package id.go.netra.monitoring;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.go.netra.Dates;
import id.go.netra.DomainException;
import id.go.netra.FormProblems;
import id.go.netra.InvalidInput;
import id.go.netra.identity.CurrentActor;
import id.go.netra.identity.Role;

/**
 * The monitoring's sources for administrators: news feeds (add, enable, disable, delete; each with how its last
 * poll went) and crawlers' push sources (create, rotate the secret, disable), the secret shown once after
 * post/redirect/get. The task force sees the page without its forms.
 */
@Controller
@RequestMapping("/pemantauan/sumber")
@PreAuthorize("hasRole('ADMIN')")
class SourcePages {

	private static final String PAGE = "redirect:/pemantauan/sumber";

	private final NewsFeeds feeds;
	private final PushSources pushSources;
	private final CurrentActor actor;
	private final MessageSource messages;

	SourcePages(NewsFeeds feeds, PushSources pushSources, CurrentActor actor, MessageSource messages) {
		this.feeds = feeds;
		this.pushSources = pushSources;
		this.actor = actor;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'TASK_FORCE')")
	String page(Model model, Locale locale) {
		List<FeedApiController.FeedView> all = feeds.all()
			.stream()
			.map(feed -> FeedApiController.FeedView.of(feed, messages, locale))
			.toList();
		List<PushSource> sources = pushSources.all();
		// times in the person's language and in WIB, as everywhere else
		Map<String, String> times = new HashMap<>();
		all.forEach(feed -> times.put("feed-" + feed.id(), time(feed.lastPolledAt(), locale)));
		sources.forEach(source -> {
			times.put("secret-" + source.name(), time(source.secretSetAt(), locale));
			times.put("push-" + source.name(), time(source.lastPushAt(), locale));
		});
		model.addAttribute("feeds", all);
		model.addAttribute("pushSources", sources);
		model.addAttribute("times", times);
		model.addAttribute("canManage", actor.require().has(Role.ADMIN));
		return "monitoring/sources";
	}

	@PostMapping("/umpan")
	String addFeed(@RequestParam(required = false) String name, @RequestParam(required = false) String url,
			@RequestParam(required = false) Integer pollIntervalMinutes, RedirectAttributes redirect, Locale locale) {
		return act(redirect, locale, "monitoring.feed.created", () -> feeds
			.create(new NewsFeeds.FeedChange(name, url, pollIntervalMinutes, true), actor.require().name()));
	}

	@PostMapping("/umpan/{id}/status")
	String feedStatus(@PathVariable long id, @RequestParam(required = false) Boolean enabled,
			RedirectAttributes redirect, Locale locale) {
		return act(redirect, locale, "app.saved",
				() -> feeds.change(id, new NewsFeeds.FeedChange(null, null, null, required(enabled))));
	}

	@PostMapping("/umpan/{id}/hapus")
	String deleteFeed(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		return act(redirect, locale, "monitoring.feed.deleted", () -> feeds.delete(id));
	}

	@PostMapping("/push")
	String addPushSource(@RequestParam(required = false) String name, RedirectAttributes redirect, Locale locale) {
		return act(redirect, locale, null, () -> {
			String secret = pushSources.create(name, actor.require().name());
			showSecret(redirect, name.strip(), secret);
		});
	}

	@PostMapping("/push/{name}/rahasia")
	String rotate(@PathVariable String name, RedirectAttributes redirect, Locale locale) {
		return act(redirect, locale, null, () -> showSecret(redirect, name, pushSources.rotate(name)));
	}

	@PostMapping("/push/{name}/status")
	String pushStatus(@PathVariable String name, @RequestParam(required = false) Boolean enabled,
			RedirectAttributes redirect, Locale locale) {
		return act(redirect, locale, "app.saved", () -> pushSources.setEnabled(name, required(enabled)));
	}

	/** Refused in words, after the role check (a parameter Spring required would answer 400 before it). */
	private static boolean required(Boolean enabled) {
		if (enabled == null) {
			new InvalidInput.Collector().reject("enabled", "monitoring.push.enabledRequired").throwIfAny();
		}
		return enabled;
	}

	private static String time(Instant at, Locale locale) {
		return at == null ? "-" : Dates.dateTime(at, locale) + " WIB";
	}

	private static void showSecret(RedirectAttributes redirect, String name, String secret) {
		redirect.addFlashAttribute("secretSource", name);
		redirect.addFlashAttribute("secret", secret);
	}

	private String act(RedirectAttributes redirect, Locale locale, String doneCode, Runnable action) {
		try {
			action.run();
			if (doneCode != null) {
				redirect.addFlashAttribute("flash", messages.getMessage(doneCode, null, locale));
			}
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("flashError",
					FormProblems.line(e, messages, locale, "monitoring.field.", "monitoring.sources.invalid"));
		}
		return PAGE;
	}
}
