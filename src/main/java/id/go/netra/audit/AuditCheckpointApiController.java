package id.go.netra.audit;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.go.netra.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The audit trail's signed checkpoints: listed for auditors and administrators, taken on demand by administrators. */
@RestController
@RequestMapping("/api/v1/audit/checkpoints")
@Tag(name = "Audit")
class AuditCheckpointApiController {

	/** What became of the request, and the checkpoint that now anchors the head (none while the trail is empty). */
	record Answer(AuditAnchors.Outcome outcome, AuditCheckpoint checkpoint) {
	}

	private final AuditAnchors anchors;

	AuditCheckpointApiController(AuditAnchors anchors) {
		this.anchors = anchors;
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
	@Operation(summary = "The latest signed checkpoints of the audit trail, newest first, each as published"
			+ " (its signature is checked with the key at /transparansi/kunci-audit)")
	List<AuditCheckpoint> latest(@RequestParam(defaultValue = "50") int size) {
		return anchors.latest(size);
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Signs and publishes the chain head now: 201 with the new checkpoint, 200 when the head"
			+ " has not moved, 409 when the chain no longer holds against the last checkpoint")
	ResponseEntity<Answer> take() {
		AuditAnchors.Taken taken = anchors.checkpointNow();
		if (taken.outcome() == AuditAnchors.Outcome.REFUSED) {
			throw DomainException.conflict("audit.checkpoint.REFUSED");
		}
		return ResponseEntity.status(taken.outcome() == AuditAnchors.Outcome.TAKEN ? HttpStatus.CREATED : HttpStatus.OK)
			.body(new Answer(taken.outcome(), taken.checkpoint()));
	}
}
