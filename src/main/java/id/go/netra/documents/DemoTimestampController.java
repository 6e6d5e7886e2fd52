package id.go.netra.documents;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demo timestamp authority over HTTP (RFC 3161 section 3.4), for clients that want a real authority to try:
 * {@code POST /demo/tsa} with {@code application/timestamp-query} answers {@code application/timestamp-reply}.
 * Anonymous, as timestamp authorities are; not found when the demo authority is off.
 */
@RestController
class DemoTimestampController {

	static final String QUERY = "application/timestamp-query";
	static final String REPLY = "application/timestamp-reply";

	/** A SHA-512 request with a nonce and every option is under 200 bytes; anything far larger is no request. */
	private static final int MAX_QUERY = 4096;

	private final DemoTimestampAuthority authority;

	DemoTimestampController(DemoTimestampAuthority authority) {
		this.authority = authority;
	}

	@PostMapping(path = "/demo/tsa", consumes = QUERY, produces = REPLY)
	ResponseEntity<byte[]> stamp(@RequestBody byte[] query) {
		if (!authority.enabled()) {
			return ResponseEntity.notFound().build();
		}
		if (query.length > MAX_QUERY) {
			return ResponseEntity.status(413).build();
		}
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(REPLY)).body(authority.answer(query));
	}
}
