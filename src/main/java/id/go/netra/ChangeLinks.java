package id.go.netra;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The HTTP side of syncing (ADR 0043): the {@code Link} to the next page of changes, and strong ETags. */
public final class ChangeLinks {

	private ChangeLinks() {
	}

	/** {@code <this request with cursor=next>; rel="next"}, for a page of changes answering the current request. */
	public static String next(Page<?> changes) {
		String uri = ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("changedSince")
			.replaceQueryParam("cursor", changes.next())
			.build()
			.toUriString();
		return "<" + uri + ">; rel=\"next\"";
	}

	/**
	 * A strong ETag for a resource at {@code version} as one caller sees it: the version, and a digest of the
	 * answer's records, which also moves when something the version does not count changes (evidence, messages,
	 * the control ladder) or when another caller sees a different part of it.
	 */
	public static String etag(long version, Record representation) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(representation.toString().getBytes(StandardCharsets.UTF_8));
			return "\"" + version + "-" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JDK has SHA-256", e);
		}
	}
}
