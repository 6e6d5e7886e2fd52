package id.go.netra.personnel;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One social-media account as a single comparable key, "platform:handle": the platform under one name whatever
 * alias or web address it was written with (x = twitter, ig = instagram, fb = facebook...), the handle in lower
 * case without its leading '@'. The registry declares accounts as "instagram:@handle;x:@other"; a post names its
 * platform and author, or a profile address such as https://www.instagram.com/handle/.
 */
final class AccountKey {

	private static final Map<String, String> PLATFORMS = Map.ofEntries(Map.entry("instagram", "instagram"),
			Map.entry("ig", "instagram"), Map.entry("insta", "instagram"), Map.entry("instagram.com", "instagram"),
			Map.entry("x", "x"), Map.entry("twitter", "x"), Map.entry("x.com", "x"), Map.entry("twitter.com", "x"),
			Map.entry("facebook", "facebook"), Map.entry("fb", "facebook"), Map.entry("facebook.com", "facebook"),
			Map.entry("fb.com", "facebook"), Map.entry("tiktok", "tiktok"), Map.entry("tik tok", "tiktok"),
			Map.entry("tt", "tiktok"), Map.entry("tiktok.com", "tiktok"), Map.entry("youtube", "youtube"),
			Map.entry("yt", "youtube"), Map.entry("youtube.com", "youtube"), Map.entry("threads", "threads"),
			Map.entry("threads.net", "threads"), Map.entry("threads.com", "threads"));

	/** "instagram.com/handle", "www.x.com/handle": a profile address written without its scheme. */
	private static final Pattern ADDRESS_WITHOUT_SCHEME = Pattern.compile("(?i)(www\\.|m\\.)?[a-z.]+\\.(com|net)/.*");

	private static final Pattern OUTER_SLASHES = Pattern.compile("^/+|/+$");

	private static final Pattern SLASHES = Pattern.compile("/+");

	/** The longest key the index holds; a longer declaration is not an account anyone posts from. */
	static final int MAX_LENGTH = 300;

	private AccountKey() {
	}

	/**
	 * The key of an account a post names: a platform and a handle ("@Budi", "budi"), or a profile address in
	 * place of the handle (the platform is then read from the address). Null when no account can be told.
	 */
	static String of(String platform, String handle) {
		if (handle == null || handle.isBlank()) {
			return null;
		}
		String h = handle.strip();
		if (h.regionMatches(true, 0, "http://", 0, 7) || h.regionMatches(true, 0, "https://", 0, 8)
				|| ADDRESS_WITHOUT_SCHEME.matcher(h).matches()) {
			return fromAddress(h);
		}
		if (platform == null || platform.isBlank()) {
			return null;
		}
		return join(platform(platform), h);
	}

	/** The distinct keys of a registry declaration "platform:@handle;platform:@handle"; malformed parts skipped. */
	static Set<String> ofDeclared(String declared) {
		Set<String> keys = new LinkedHashSet<>();
		if (declared == null) {
			return keys;
		}
		for (String part : declared.split(";")) {
			String key = ofDeclaredPart(part.strip());
			if (key != null) {
				keys.add(key);
			}
		}
		return keys;
	}

	private static String ofDeclaredPart(String part) {
		if (part.regionMatches(true, 0, "http", 0, 4)) {
			return fromAddress(part);
		}
		int colon = part.indexOf(':');
		return colon < 0 ? null : of(part.substring(0, colon), part.substring(colon + 1));
	}

	private static String platform(String name) {
		String n = name.strip().toLowerCase(Locale.ROOT);
		return PLATFORMS.getOrDefault(n, n);
	}

	private static String join(String platform, String handle) {
		String h = handle.strip().toLowerCase(Locale.ROOT);
		while (h.startsWith("@")) {
			h = h.substring(1);
		}
		if (platform.isEmpty() || h.isEmpty() || platform.contains(":")) {
			return null;
		}
		String key = platform + ":" + h;
		return key.length() > MAX_LENGTH ? null : key;
	}

	/** https://www.instagram.com/handle/, https://x.com/handle, https://www.tiktok.com/@handle, facebook's profile.php?id=. */
	private static String fromAddress(String address) {
		URI uri;
		try {
			uri = new URI(address.contains("://") ? address : "https://" + address);
		}
		catch (URISyntaxException e) {
			return null;
		}
		String host = uri.getHost();
		if (host == null) {
			return null;
		}
		host = host.toLowerCase(Locale.ROOT).replaceFirst("^(www|m|mobile|web)\\.", "");
		String platform = PLATFORMS.get(host);
		String path = uri.getPath() == null ? "" : uri.getPath();
		String[] segments = SLASHES.split(OUTER_SLASHES.matcher(path).replaceAll(""));
		if (platform == null || segments.length == 0 || segments[0].isEmpty()) {
			return null;
		}
		if (platform.equals("facebook") && segments[0].equalsIgnoreCase("profile.php") && uri.getQuery() != null) {
			for (String parameter : uri.getQuery().split("&")) {
				if (parameter.startsWith("id=")) {
					return join(platform, parameter.substring(3));
				}
			}
			return null;
		}
		return join(platform, segments[0]);
	}
}
