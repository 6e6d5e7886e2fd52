package id.go.netra.monitoring;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.go.netra.identity.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * News feeds for the monitoring: administrators configure them, the task force may see them and how their last
 * polls went.
 */
@RestController
@RequestMapping("/api/v1/monitoring/feeds")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "News feeds", description = "News feeds and crawlers' signed pushes")
class FeedApiController {

	/** A feed as shown: its settings and its last poll, the error in the caller's language. */
	record FeedView(long id, String name, String url, long pollIntervalMinutes, boolean enabled, Instant lastPolledAt,
			NewsFeed.Result lastResult, String lastError, Integer lastItems, Integer lastNewItems, long itemsReceived,
			Instant nextPollAt) {

		static FeedView of(NewsFeed feed, MessageSource messages, Locale locale) {
			return new FeedView(feed.id(), feed.name(), feed.url(), feed.pollIntervalSeconds() / 60, feed.enabled(),
					feed.lastPolledAt(), feed.lastResult(), error(feed, messages, locale), feed.lastItems(),
					feed.lastNewItems(), feed.itemsReceived(), feed.nextPollAt());
		}

		static String error(NewsFeed feed, MessageSource messages, Locale locale) {
			return feed.lastErrorCode() == null ? null
					: messages.getMessage(feed.lastErrorCode(), new Object[] { feed.lastErrorDetail() },
							feed.lastErrorCode(), locale);
		}
	}

	private final NewsFeeds feeds;
	private final CurrentActor actor;
	private final MessageSource messages;

	FeedApiController(NewsFeeds feeds, CurrentActor actor, MessageSource messages) {
		this.feeds = feeds;
		this.actor = actor;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'TASK_FORCE')")
	@Operation(summary = "The configured feeds with their last poll: time, result, error, items held and new")
	List<FeedView> list() {
		Locale locale = LocaleContextHolder.getLocale();
		return feeds.all().stream().map(feed -> FeedView.of(feed, messages, locale)).toList();
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('ADMIN', 'TASK_FORCE')")
	FeedView one(@PathVariable long id) {
		return view(feeds.require(id));
	}

	@PostMapping
	@Operation(summary = "Adds an RSS 2.0 or Atom feed: name, url (http or https), pollIntervalMinutes (at least 1),"
			+ " enabled (default true); it is polled within a minute")
	ResponseEntity<FeedView> create(@RequestBody NewsFeeds.FeedChange form) {
		NewsFeed created = feeds.create(form, actor.require().name());
		return ResponseEntity.created(URI.create("/api/v1/monitoring/feeds/" + created.id())).body(view(created));
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replaces a feed's name, url, interval and enabled flag (all required but enabled)")
	FeedView replace(@PathVariable long id, @RequestBody NewsFeeds.FeedChange form) {
		return view(feeds.change(id, new NewsFeeds.FeedChange(required(form.name()), required(form.url()),
				form.pollIntervalMinutes() == null ? Integer.valueOf(0) : form.pollIntervalMinutes(),
				form.enabled() == null ? Boolean.TRUE : form.enabled())));
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Changes the fields sent; {\"enabled\": false} stops polling a feed")
	FeedView change(@PathVariable long id, @RequestBody NewsFeeds.FeedChange form) {
		return view(feeds.change(id, form));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Removes a feed; the items it brought in stay")
	ResponseEntity<Void> delete(@PathVariable long id) {
		feeds.delete(id);
		return ResponseEntity.noContent().build();
	}

	private FeedView view(NewsFeed feed) {
		return FeedView.of(feed, messages, LocaleContextHolder.getLocale());
	}

	/** PUT replaces: a missing name or url is refused as empty, not kept. */
	private static String required(String value) {
		return value == null ? "" : value;
	}
}
