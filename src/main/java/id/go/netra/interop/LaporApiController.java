package id.go.netra.interop;

import java.util.Locale;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.go.netra.identity.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** SP4N-LAPOR!: fetching the complaints it forwarded, and handing a report that is not about neutrality over. */
@RestController
@RequestMapping("/api/v1/lapor")
@Tag(name = "SP4N-LAPOR!", description = "Complaints forwarded from and handed over to SP4N-LAPOR!")
class LaporApiController {

	private final LaporExchange exchange;
	private final CurrentActor actor;

	LaporApiController(LaporExchange exchange, CurrentActor actor) {
		this.exchange = exchange;
		this.actor = actor;
	}

	@PostMapping("/pull")
	@PreAuthorize("hasAnyRole('TASK_FORCE', 'ADMIN')")
	@Operation(summary = "Fetches the complaints LAPOR! forwarded and files the new ones as reports (kind"
			+ " LAPOR_COMPLAINT); says which were filed, which were already in, and why any were refused")
	LaporExchange.Pulled pull(Locale locale) {
		return exchange.pull(locale);
	}

	@PostMapping("/handovers/{id}")
	@PreAuthorize("hasRole('TASK_FORCE')")
	@Operation(summary = "Task force: hands the report of a case rejected as not about neutrality over to LAPOR!;"
			+ " answers LAPOR!'s tracking number, which the reporter then sees on the status page (once per report)")
	LaporExchange.Handed handOver(@PathVariable("id") UUID caseId) {
		return exchange.handOver(actor.require(), caseId);
	}
}
