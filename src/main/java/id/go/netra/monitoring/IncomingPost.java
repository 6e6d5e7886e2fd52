package id.go.netra.monitoring;

import java.time.Instant;
import java.util.List;

/**
 * A post as a channel hands it in: where it was published (platform and address), who wrote it as the platform
 * shows them, when, its text, and the addresses of its pictures or videos. The address identifies it: the same
 * post sent again is the same post.
 */
public record IncomingPost(String platform, String url, String author, Instant postedAt, String text,
		List<String> media) {

	public IncomingPost {
		media = media == null ? List.of() : List.copyOf(media.stream().filter(m -> m != null).toList());
	}
}
