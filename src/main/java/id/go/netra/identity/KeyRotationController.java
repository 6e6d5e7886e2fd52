package id.go.netra.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.go.netra.audit.AuditTrail;
import id.go.netra.keys.KeyEncryptionKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * An administrator rotates the key-encryption key: a new key seals from now on, and everything sealed before stays
 * readable (ADR 0022), so there is no downtime. From the API and from the role-policy page; audited as KEYS_ROTATED.
 */
@Controller
@Tag(name = "Identity")
@PreAuthorize("hasRole('ADMIN')")
class KeyRotationController {

	record Rotation(long keyId, Instant rotatedAt) {
	}

	private final KeyEncryptionKey keys;
	private final AuditTrail audit;
	private final Clock clock;
	private final MessageSource messages;

	KeyRotationController(KeyEncryptionKey keys, AuditTrail audit, Clock clock, MessageSource messages) {
		this.keys = keys;
		this.audit = audit;
		this.clock = clock;
		this.messages = messages;
	}

	@PostMapping(path = "/api/v1/admin/keys/rotation", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	@Operation(summary = "Rotate the key-encryption key (ADMIN): the new key's id and when it took over")
	Rotation rotate() {
		return rotation();
	}

	@PostMapping("/admin/kunci/rotasi")
	String rotateFromPage(RedirectAttributes redirect, Locale locale) {
		Rotation rotation = rotation();
		redirect.addFlashAttribute("flash", messages.getMessage("keys.rotated", new Object[] { rotation.keyId() },
				locale));
		return "redirect:/admin/peran";
	}

	private Rotation rotation() {
		long keyId = keys.rotate();
		Instant at = clock.instant();
		audit.record("KEYS_ROTATED", "key-encryption key",
				"new key id " + keyId + " seals from " + at + "; " + keys.description());
		return new Rotation(keyId, at);
	}
}
