package id.go.netra.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import id.go.netra.DomainException;

/**
 * Polls the news feeds that are due, a few at a time, each within its own time limit: a feed that is slow, down or
 * broken has its error recorded in words and is tried again at its next interval, and never holds up the others.
 * Conditional requests (ETag, Last-Modified) spare servers and Netra an unchanged feed. Every item becomes an
 * {@link IncomingPost} handed to {@link PostIntake}, which stores each (platform, url) once: the items a feed still
 * lists at the next poll are not received twice.
 */
@Component
class FeedPoller implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

	/** Feeds polled at the same time; the rest of the due feeds wait for one of these to finish. */
	private static final int PARALLEL = 4;

	/** Items handed to the intake per call (a feed rarely holds more; the intake takes up to 1,000 by default). */
	private static final int PER_CALL = 200;

	private final NewsFeeds feeds;
	private final PostIntake intake;
	private final ChannelSettings settings;
	private final Clock clock;
	private final HttpClient http;
	private final ExecutorService pollers = Executors.newFixedThreadPool(PARALLEL, runnable -> {
		Thread thread = new Thread(runnable, "feed-poller");
		thread.setDaemon(true);
		return thread;
	});

	FeedPoller(NewsFeeds feeds, PostIntake intake, ChannelSettings settings, Clock clock) {
		this.feeds = feeds;
		this.intake = intake;
		this.settings = settings;
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.connectTimeout(settings.feedTimeout())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
	}

	/** Polls every feed that is due now and returns when all of them are done. */
	@Scheduled(fixedDelayString = "${netra.monitoring.feed-poll-check:PT30S}", initialDelayString = "PT5S")
	void pollDue() {
		List<Callable<Void>> polls = new ArrayList<>();
		for (NewsFeed feed : feeds.claimDue(100)) {
			polls.add(() -> {
				feeds.record(feed, poll(feed));
				return null;
			});
		}
		if (polls.isEmpty()) {
			return;
		}
		try {
			pollers.invokeAll(polls);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** One poll of one feed; whatever goes wrong is the outcome, not an exception. */
	NewsFeeds.Outcome poll(NewsFeed feed) {
		try {
			return fetch(feed);
		}
		catch (HttpTimeoutException e) {
			return failed("monitoring.feed.error.timeout", Long.toString(settings.feedTimeout().toSeconds()));
		}
		catch (IOException e) {
			return failed("monitoring.feed.error.unreachable", e.getMessage() == null ? e.toString() : e.getMessage());
		}
		catch (FeedDocument.NotAFeed e) {
			return failed("monitoring.feed.error.notAFeed", e.getMessage());
		}
		catch (DomainException e) {
			log.warn("Feed {}: its items were refused: {}", feed.name(), e.messageCode());
			return failed("monitoring.feed.error.refused", e.messageCode());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return failed("monitoring.feed.error.interrupted", null);
		}
		catch (RuntimeException e) {
			log.warn("Feed {} could not be polled", feed.name(), e);
			return failed("monitoring.feed.error.unexpected", e.getClass().getSimpleName());
		}
	}

	private NewsFeeds.Outcome fetch(NewsFeed feed) throws IOException, InterruptedException, FeedDocument.NotAFeed {
		URI address = URI.create(feed.url());
		HttpRequest.Builder request = HttpRequest.newBuilder(address)
			.timeout(settings.feedTimeout())
			.header("User-Agent", "Netra (pemantauan berita)")
			.header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5");
		String[] validators = feeds.validators(feed.id());
		if (validators[0] != null) {
			request.header("If-None-Match", validators[0]);
		}
		if (validators[1] != null) {
			request.header("If-Modified-Since", validators[1]);
		}
		HttpResponse<InputStream> response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
		byte[] body;
		try (InputStream in = response.body()) {
			if (response.statusCode() == 304) {
				return new NewsFeeds.Outcome(NewsFeed.Result.UNCHANGED, null, null, null, null, null, 0);
			}
			if (response.statusCode() < 200 || response.statusCode() > 299) {
				return failed("monitoring.feed.error.status", Integer.toString(response.statusCode()));
			}
			body = in.readNBytes(settings.feedMaxBytes() + 1);
		}
		if (body.length > settings.feedMaxBytes()) {
			return failed("monitoring.feed.error.tooLarge", Integer.toString(settings.feedMaxBytes() / 1024));
		}
		FeedDocument document = FeedDocument.parse(body, address);
		List<IncomingPost> posts = posts(feed, document);
		int fresh = 0;
		for (int from = 0; from < posts.size(); from += PER_CALL) {
			fresh += fresh(intake.receive(Channel.FEED, feed.name(), posts.subList(from, Math.min(posts.size(), from + PER_CALL))));
		}
		return new NewsFeeds.Outcome(NewsFeed.Result.OK, response.headers().firstValue("ETag").orElse(null),
				response.headers().firstValue("Last-Modified").orElse(null), null, null, document.items().size(), fresh);
	}

	/**
	 * The feed's items as posts, those PostIntake would refuse left out (an item without a link, say): one bad item
	 * does not keep the feed's other items out.
	 */
	private List<IncomingPost> posts(NewsFeed feed, FeedDocument document) {
		String platform = "news:" + host(feed.url());
		String feedAuthor = document.title().isBlank() ? feed.name() : document.title();
		Instant now = clock.instant();
		List<IncomingPost> posts = new ArrayList<>();
		int refused = 0;
		for (FeedDocument.Item item : document.items()) {
			IncomingPost post = new IncomingPost(platform, item.link(), item.author().isBlank() ? feedAuthor : item.author(),
					item.published() == null ? now : item.published(), item.text(), List.of());
			if (item.link().isEmpty() || !intake.problems(post).isEmpty()) {
				refused++;
			}
			else {
				posts.add(post);
			}
		}
		if (refused > 0) {
			log.info("Feed {}: {} of {} items left out (no link, or refused by the intake)", feed.name(), refused,
					document.items().size());
		}
		return posts;
	}

	private static int fresh(List<ReceivedPost> received) {
		return (int) received.stream().filter(ReceivedPost::created).count();
	}

	/** The feed's host without "www.": news:www.kompas.com and news:kompas.com are one source. */
	static String host(String url) {
		String host = URI.create(url).getHost().toLowerCase(Locale.ROOT);
		return host.startsWith("www.") ? host.substring(4) : host;
	}

	private static NewsFeeds.Outcome failed(String code, String detail) {
		return new NewsFeeds.Outcome(NewsFeed.Result.FAILED, null, null, code, detail, null, 0);
	}

	@Override
	public void destroy() {
		pollers.shutdownNow();
	}
}
