package id.go.netra.documents;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demo authorities' certificates, for a verifier to trust: {@code GET /demo/ca.crt}, the root of the demo's
 * seals, and {@code GET /demo/tsa.crt}, the demo timestamp authority (DER, {@code application/pkix-cert}). Add them
 * to a PDF reader's trusted certificates to see the demo's letters as validly signed. Not found when the demo
 * authority in question is off: no one should trust them in production.
 */
@RestController
class DemoCertificatesController {

	private static final MediaType CERTIFICATE = MediaType.parseMediaType("application/pkix-cert");

	private final DemoSealAuthority seals;
	private final DemoTimestampAuthority timestamps;

	DemoCertificatesController(DemoSealAuthority seals, DemoTimestampAuthority timestamps) {
		this.seals = seals;
		this.timestamps = timestamps;
	}

	@GetMapping("/demo/ca.crt")
	ResponseEntity<byte[]> certificateAuthority() {
		return seals.enabled() ? served(seals.rootCertificate(), "netra-demo-ca.crt")
				: ResponseEntity.notFound().build();
	}

	@GetMapping("/demo/tsa.crt")
	ResponseEntity<byte[]> timestampAuthority() {
		return timestamps.enabled() ? served(timestamps.certificate(), "netra-demo-tsa.crt")
				: ResponseEntity.notFound().build();
	}

	private static ResponseEntity<byte[]> served(X509Certificate certificate, String fileName) {
		try {
			return ResponseEntity.ok()
				.contentType(CERTIFICATE)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(fileName).build().toString())
				.body(certificate.getEncoded());
		}
		catch (CertificateEncodingException e) {
			throw new IllegalStateException("a demo certificate cannot be encoded", e);
		}
	}
}
