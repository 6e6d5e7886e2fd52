package id.go.netra.casework;

import java.util.Locale;
import java.util.UUID;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import id.go.netra.identity.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Identity access (as GlobaLeaks has it): the task force reads who filed a public report only by asking, with a
 * reason, and every reading is audited as {@code REPORTER_IDENTITY_VIEWED}. No other answer of the API names a
 * reporter.
 */
@RestController
@Tag(name = "Cases", description = "The case lifecycle from verification to follow-up")
class ReporterIdentityApiController {

	/** Why the officer needs to know who the reporter is (at least a few words). */
	record IdentityRequest(String reason) {
	}

	private final ReporterIdentityAccess access;
	private final CurrentActor currentActor;

	ReporterIdentityApiController(ReporterIdentityAccess access, CurrentActor currentActor) {
		this.access = access;
		this.currentActor = currentActor;
	}

	@PostMapping("/api/v1/cases/{id}/reporter-identity")
	@Operation(summary = "Task force: the name, e-mail and phone of a named public reporter, given a reason "
			+ "(audited as REPORTER_IDENTITY_VIEWED); 'anonymous' when nobody is named; 400 without a reason")
	ReporterIdentityAccess.Shown reveal(@PathVariable UUID id, @RequestBody(required = false) IdentityRequest request,
			Locale locale) {
		return access.reveal(currentActor.require(), id, request == null ? null : request.reason(), locale);
	}
}
