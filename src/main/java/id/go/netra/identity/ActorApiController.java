package id.go.netra.identity;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Lets an agency system check what its token stands for: agency, roles and where each applies. */
@RestController
@Tag(name = "Identity")
class ActorApiController {

	record Me(String name, String kind, String agencyCode, String agencyName, Map<Role, JurisdictionView> roles) {
	}

	record JurisdictionView(boolean national, java.util.Set<String> regionCodes) {
	}

	private final CurrentActor currentActor;

	ActorApiController(CurrentActor currentActor) {
		this.currentActor = currentActor;
	}

	@GetMapping("/api/v1/me")
	@Operation(summary = "The caller: its agency, its roles and each role's jurisdiction")
	Me me() {
		Actor actor = currentActor.require();
		Map<Role, JurisdictionView> roles = new TreeMap<>();
		actor.roles().forEach((role, where) -> roles.put(role, new JurisdictionView(where.national(), where.regionCodes())));
		return new Me(actor.name(), actor.kind().name(), actor.agencyCode(), actor.agencyName(), roles);
	}
}
