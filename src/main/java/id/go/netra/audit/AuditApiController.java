package id.go.netra.audit;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.go.netra.Page;
import id.go.netra.audit.AuditRecord.Outcome;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The audit trail for administrators' systems: filtered pages and a check of the hash chain. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Audit")
class AuditApiController {

	record ChainStatus(boolean intact, List<Long> brokenEntries) {
	}

	private final AuditTrail trail;

	AuditApiController(AuditTrail trail) {
		this.trail = trail;
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
	@Operation(summary = "Recomputes the hash chain; lists entries that were changed or removed")
	ChainStatus chain() {
		List<Long> broken = trail.verifyChain();
		return new ChainStatus(broken.isEmpty(), broken);
	}
}
