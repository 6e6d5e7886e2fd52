package id.go.netra.enforcement;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.go.netra.Page;
import id.go.netra.catalog.SanctionLevel;
import id.go.netra.identity.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The national discipline register (I'DIS) for agency systems. */
@RestController
@RequestMapping("/api/v1/discipline")
@Tag(name = "Discipline register", description = "Every sanction imposed on a neutrality case (I'DIS)")
class DisciplineApiController {

	record Delivery(LocalDate deliveredOn) {
	}

	private final DisciplineRegister register;
	private final CurrentActor currentActor;

	DisciplineApiController(DisciplineRegister register, CurrentActor currentActor) {
		this.register = register;
		this.currentActor = currentActor;
	}

	@GetMapping(params = "nip")
	@Operation(summary = "An employee's sanctions across elections, oldest first; flags a repeat offender")
	DisciplineRegister.History history(@RequestParam String nip) {
		return register.history(currentActor.require(), nip);
	}

	@GetMapping
	@Operation(summary = "A page of the register, newest decree first, by employer, level or election")
	Page<DisciplineEntry> search(@RequestParam(required = false) String employer,
			@RequestParam(required = false) SanctionLevel level, @RequestParam(required = false) String election,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return register.search(currentActor.require(), employer, level, election, page, size);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One entry of the register (the entryId of a sanction.recorded event)")
	DisciplineEntry entry(@PathVariable UUID id) {
		return register.find(currentActor.require(), id);
	}

	@PostMapping("/{id}/delivery")
	@Operation(summary = "PPK: the day the employee received the decree; it takes effect on the 15th day after")
	DisciplineEntry delivered(@PathVariable UUID id, @RequestBody Delivery request) {
		return register.recordDelivery(currentActor.require(), id, request == null ? null : request.deliveredOn());
	}
}
