package id.go.netra.pacts;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.go.netra.identity.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The national coverage of an election's integrity pacts, for BKN and the overseeing ministries. */
@RestController
@PreAuthorize("hasAnyRole('CIVIL_SERVICE_AGENCY', 'OVERSIGHT')")
@Tag(name = "Integrity pacts")
class NationalCoverageApiController {

	private final NationalCoverage national;
	private final CurrentActor currentActor;

	NationalCoverageApiController(NationalCoverage national, CurrentActor currentActor) {
		this.national = national;
		this.currentActor = currentActor;
	}

	@GetMapping("/api/v1/integrity-pacts/coverage")
	@Operation(summary = "Every campaign of the election, by employer (by=employer, the default) or by the employer's"
			+ " province (by=province; central employers as PUSAT); an employee counts once per election")
	List<NationalCoverage.Group> coverage(@RequestParam(required = false) String election,
			@RequestParam(required = false) String by) {
		return national.of(currentActor.require(), election, by);
	}
}
