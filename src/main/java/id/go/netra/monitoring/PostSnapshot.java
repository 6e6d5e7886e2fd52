package id.go.netra.monitoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * The forensic capture of a post as it came in: canonical JSON (UTF-8, keys in a fixed order, no spaces, only the
 * escapes JSON requires), so that anyone can recompute its SHA-256 from the same fields and the timestamp over
 * that hash proves the post said this at that time, even once it is deleted from the platform.
 */
record PostSnapshot(String json, String sha256) {

	static final String FORMAT = "netra-post-snapshot/1";

	static PostSnapshot of(IncomingPost post, Channel channel, String source, Instant receivedAt) {
		StringBuilder json = new StringBuilder(post.text().length() + 512).append('{');
		field(json, "format", FORMAT).append(',');
		field(json, "platform", post.platform()).append(',');
		field(json, "url", post.url()).append(',');
		field(json, "author", post.author()).append(',');
		field(json, "postedAt", post.postedAt() == null ? null : post.postedAt().toString()).append(',');
		field(json, "text", post.text()).append(',');
		json.append("\"media\":[");
		List<String> media = post.media();
		for (int i = 0; i < media.size(); i++) {
			string(json.append(i == 0 ? "" : ","), media.get(i));
		}
		json.append("],");
		field(json, "channel", channel.name()).append(',');
		field(json, "source", source).append(',');
		field(json, "receivedAt", receivedAt.toString()).append('}');
		String text = json.toString();
		return new PostSnapshot(text, sha256(text.getBytes(StandardCharsets.UTF_8)));
	}

	byte[] bytes() {
		return json.getBytes(StandardCharsets.UTF_8);
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static StringBuilder field(StringBuilder json, String name, String value) {
		json.append('"').append(name).append("\":");
		return value == null ? json.append("null") : string(json, value);
	}

	private static StringBuilder string(StringBuilder json, String value) {
		json.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> {
					if (c < 0x20) {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		return json.append('"');
	}
}
