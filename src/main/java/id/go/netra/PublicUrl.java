package id.go.netra;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The address at which people reach Netra ({@code netra.public-url}, such as {@code https://netra.bkn.go.id}):
 * the base of every link Netra prints or mails, on letters and receipts (text and QR code) and in e-mails. A
 * request's own host cannot serve, as letters and mails are made without one (by the ladder, the sender) and
 * behind a proxy it names the proxy. Unset, links point at {@code http://localhost:<port>}: right for the demo on
 * one's own machine, wrong on paper, so outside demo mode the start-up says so.
 */
@Component
public class PublicUrl {

	static final String PROPERTY = "netra.public-url";

	/** The two settings this one replaced; still read, so an upgrade does not silently lose its address. */
	static final List<String> DEPRECATED = List.of("netra.documents.verification-base-url",
			"netra.notification.base-url");

	private static final Logger log = LoggerFactory.getLogger(PublicUrl.class);

	private final String configured;
	private final Environment environment;
	private final DemoMode demo;

	PublicUrl(Environment environment, DemoMode demo) {
		this.environment = environment;
		this.demo = demo;
		this.configured = configured(environment);
	}

	/** An absolute link to a page of Netra; {@code path} starts with a slash ({@code /verifikasi/ABCD}). */
	public String link(String path) {
		return base() + path;
	}

	/** The address as set, without trailing slashes; empty when unset (links then point at this machine). */
	public Optional<String> configured() {
		return Optional.ofNullable(configured);
	}

	String base() {
		if (configured != null) {
			return configured;
		}
		// the port the server really listens on (a test's random port), once it is known
		return "http://localhost:" + environment.getProperty("local.server.port",
				environment.getProperty("server.port", "8080"));
	}

	/** The warning an operator needs at start-up, if any: none when the address is set or for the demo. */
	@EventListener(ApplicationReadyEvent.class)
	void warnWhenUnset() {
		if (configured == null && !demo.enabled()) {
			log.warn("{} is not set: links in letters, their QR codes, receipts and e-mails point at {}, which "
					+ "nobody else can open. Set {} (or NETRA_PUBLIC_URL) to the address the public reaches, "
					+ "such as https://netra.bkn.go.id", PROPERTY, base(), PROPERTY);
		}
	}

	private static String configured(Environment environment) {
		String value = environment.getProperty(PROPERTY);
		for (int i = 0; isBlank(value) && i < DEPRECATED.size(); i++) {
			value = environment.getProperty(DEPRECATED.get(i));
			if (!isBlank(value)) {
				log.warn("{} is deprecated: set {} instead", DEPRECATED.get(i), PROPERTY);
			}
		}
		return isBlank(value) ? null : validated(value);
	}

	/**
	 * The address without trailing slashes, so paths can be appended; fails the start-up unless it is an http(s)
	 * address with a host, and without a query or fragment, which appended paths would land behind.
	 */
	static String validated(String value) {
		String trimmed = value.trim().replaceAll("/+$", "");
		try {
			URI uri = new URI(trimmed);
			if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null && uri.getRawQuery() == null && uri.getRawFragment() == null) {
				return trimmed;
			}
		}
		catch (URISyntaxException e) {
			// reported below, like any other unusable address
		}
		throw new IllegalStateException(PROPERTY + " must be an http or https address with a host and nothing "
				+ "after the path, such as https://netra.bkn.go.id; '" + value + "' is not");
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}
}
