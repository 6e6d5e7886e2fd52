package id.go.netra.sharing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code X-Netra-Signature}: {@code sha256=} and the hex HMAC-SHA256 of {@code <X-Netra-Timestamp> + "." + <raw
 * body>}, keyed with the subscription's secret as UTF-8 bytes. The same scheme crawlers use to push posts to
 * Netra, so a receiver checks it with any HMAC library (see the README).
 */
final class WebhookSignature {

	private WebhookSignature() {
	}

	static String of(String secret, String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC-SHA256 is not available", e);
		}
	}
}
