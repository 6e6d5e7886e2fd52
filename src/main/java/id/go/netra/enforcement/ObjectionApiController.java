package id.go.netra.enforcement;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import id.go.netra.identity.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Objections against a case's sanction (keberatan, banding administratif) and the deciding body's outcome. */
@RestController
@PreAuthorize("isAuthenticated()")
@Tag(name = "Objections", description = "Objections against a sanction and their decisions (PP 94/2021, upaya administratif)")
class ObjectionApiController {

	private final SanctionObjections objections;
	private final CurrentActor actor;

	ObjectionApiController(SanctionObjections objections, CurrentActor actor) {
		this.objections = objections;
		this.actor = actor;
	}

	@PostMapping("/api/v1/cases/{id}/objections")
	@Operation(summary = "PPK (on the employee's behalf) or BKN: an objection against the case's sanction; answers the deadline for the decision, and whether it was filed in time")
	ResponseEntity<SanctionObjection> file(@PathVariable UUID id,
			@RequestBody(required = false) SanctionObjections.Filing filing) {
		SanctionObjection filed = objections.file(actor.require(), id, filing);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/objections")).body(filed);
	}

	@GetMapping("/api/v1/cases/{id}/objections")
	@Operation(summary = "The objections against a case's sanction, newest first")
	List<SanctionObjection> ofCase(@PathVariable UUID id) {
		return objections.forCase(actor.require(), id);
	}

	@PostMapping("/api/v1/objections/{id}/decision")
	@Operation(summary = "PPK or BKN: the deciding body's outcome with its decree; CHANGED or ANNULLED changes the discipline register")
	SanctionObjection decide(@PathVariable UUID id,
			@RequestBody(required = false) SanctionObjections.Decision decision) {
		return objections.decide(actor.require(), id, decision);
	}
}
