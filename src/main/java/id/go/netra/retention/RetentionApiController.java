package id.go.netra.retention;

import java.time.Instant;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.go.netra.Page;
import id.go.netra.identity.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The retention report for administrators' and auditors' systems, and a run by hand for administrators. */
@RestController
@RequestMapping("/api/v1/admin/retention")
@Tag(name = "Retention")
class RetentionApiController {

	/** The schedule as configured, the next scheduled run and what it would erase if it ran now. */
	record Preview(String afterClosing, Instant nextRunAt, RetentionRun wouldErase) {
	}

	private final Retention retention;
	private final CurrentActor currentActor;

	RetentionApiController(Retention retention, CurrentActor currentActor) {
		this.retention = retention;
		this.currentActor = currentActor;
	}

	@GetMapping("/runs")
	@PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
	@Operation(summary = "Retention runs, newest first: when, the cutoff, identities erased, files and bytes deleted, "
			+ "the complaint numbers affected")
	Page<RetentionRun> runs(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return retention.runs(Math.max(0, page), Math.min(100, Math.max(1, size)));
	}

	@GetMapping("/preview")
	@PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
	@Operation(summary = "What a run now would erase (a dry run: nothing is changed)")
	Preview preview() {
		return new Preview(retention.settings().afterClosing().toString(), retention.nextRunAt(), retention.preview());
	}

	@PostMapping("/runs")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Applies the retention period now, without waiting for the daily run")
	RetentionRun run() {
		return retention.runNow(currentActor.require().name());
	}
}
