package id.go.netra.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.go.netra.Page;
import id.go.netra.audit.AuditRecord.Outcome;
import id.go.netra.audit.AuditVerification.EntryRef;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The audit trail for administrators' systems: filtered pages and a check of the hash chain and its anchors. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Audit")
class AuditApiController {

	/**
	 * @param intact whether every entry's hash and link recompute
	 * @param anchorsHold whether every published checkpoint is validly signed and still matches the chain
	 * @param firstMismatch the first entry that no longer matches what a checkpoint anchored
	 * @param anchors the verdict on the anchors in words; {@code problems} one sentence per problem
	 */
	record ChainStatus(boolean intact, List<Long> brokenEntries, boolean anchorsHold, int checkpoints,
			EntryRef firstMismatch, AuditCheckpoint lastHolding, String anchors, List<String> problems) {
	}

	private final AuditTrail trail;
	private final AuditVerification verification;
	private final AnchorWords words;

	AuditApiController(AuditTrail trail, AuditVerification verification, AnchorWords words) {
		this.trail = trail;
		this.verification = verification;
		this.words = words;
	}

	@GetMapping
	@Operation(summary = "Audit entries, newest first, filtered by actor, action, agency, outcome and dates (WIB)")
	Page<AuditEntry> entries(@RequestParam(required = false) String actor,
			@RequestParam(required = false) String action, @RequestParam(required = false) String agency,
			@RequestParam(required = false) Outcome outcome,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return trail.search(new AuditQuery(actor, action, agency, outcome, from, to, page, size));
	}

	@GetMapping("/chain")
	@Operation(summary = "Recomputes the hash chain and checks it against the signed checkpoints; names the first"
			+ " entry that no longer matches")
	ChainStatus chain(Locale locale) {
		AuditVerification.Result result = verification.verify();
		return new ChainStatus(result.chainIntact(), result.brokenLinks(), result.anchorsHold(), result.checkpoints(),
				result.firstMismatch() == null ? null : result.firstMismatch().entry(), result.lastHolding(),
				words.verdict(result, locale), words.problems(result, locale));
	}
}
