package id.go.netra.enforcement;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.go.netra.Page;
import id.go.netra.identity.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Blocks on personnel data and services: the list for national bodies and PPKs, and the auditor's hand. */
@RestController
@RequestMapping("/api/v1/blocks")
@Tag(name = "Blocks", description = "Blocking personnel data and services (Peraturan BKN 1/2023)")
class BlockApiController {

	record Lifting(String reason, Integer version) {
	}

	private final Blocks blocks;
	private final CurrentActor currentActor;

	BlockApiController(Blocks blocks, CurrentActor currentActor) {
		this.blocks = blocks;
		this.currentActor = currentActor;
	}

	@GetMapping
	@Operation(summary = "Blocks, newest first; a PPK sees its own employer's")
	Page<Block> search(@RequestParam(required = false) Boolean active, @RequestParam(required = false) String employer,
			@RequestParam(required = false) String nip, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return blocks.search(currentActor.require(), active, employer, nip, page, size);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One block")
	Block one(@PathVariable UUID id) {
		return blocks.find(currentActor.require(), id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Auditor: block one employee (by NIP) or a whole employer, with a reason")
	Block place(@RequestBody Blocks.Placement request) {
		return blocks.place(currentActor.require(), request);
	}

	@PostMapping("/{id}/lifting")
	@Operation(summary = "Auditor: lift a block, with a reason")
	Block lift(@PathVariable UUID id, @RequestBody Lifting request) {
		return blocks.lift(currentActor.require(), id, request == null ? null : request.reason(),
				request == null ? null : request.version());
	}
}
