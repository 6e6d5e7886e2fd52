package id.go.netra.enforcement;

import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.go.netra.ChangeCursor;
import id.go.netra.ChangeLinks;
import id.go.netra.Page;
import id.go.netra.identity.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
	@Operation(summary = "Blocks, newest first; a PPK sees its own employer's. With changedSince or cursor: the "
			+ "changes to sync", description = """
					**Syncing** works as for GET /api/v1/cases: `changedSince` (ISO-8601 instant with an offset) once, \
					then `next` as `cursor` until `total` equals the number of items; keep the last `next` for the \
					following sync. A change is a block placed, lifted, or its lifting letter issued; each comes once, \
					in the order it became visible. In this mode the other filters and `page` are ignored; a PPK's \
					changes are its employer's. A malformed instant, a cursor this list did not give out, or both at \
					once: 400.""")
	@ApiResponse(responseCode = "200", description = "A page of blocks, or of changes with `next`",
			headers = @Header(name = "Link", description = "In sync mode: `<...cursor=...>; rel=\"next\"`",
					schema = @Schema(type = "string")))
	ResponseEntity<Page<Block>> search(@RequestParam(required = false) Boolean active,
			@RequestParam(required = false) String employer, @RequestParam(required = false) String nip,
			@Parameter(description = "Sync from this instant: the blocks changed at or after it, in change order")
			@RequestParam(required = false) String changedSince,
			@Parameter(description = "Continue a sync: the `next` value of the previous page of changes")
			@RequestParam(required = false) String cursor,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		ChangeCursor from = ChangeCursor.requested(BlockRows.FEED, changedSince, cursor);
		if (from == null) {
			return ResponseEntity.ok(blocks.search(currentActor.require(), active, employer, nip, page, size));
		}
		Page<Block> changes = blocks.changes(currentActor.require(), from, size);
		return ResponseEntity.ok().header(HttpHeaders.LINK, ChangeLinks.next(changes)).body(changes);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One block", description = "Carries a strong `ETag` (its version and a digest of this "
			+ "answer); send it back in `If-None-Match` to get 304 Not Modified while it is unchanged.")
	@ApiResponse(responseCode = "200", description = "The block", headers = @Header(name = "ETag",
			description = "Strong validator of this answer", schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
	ResponseEntity<Block> one(@PathVariable UUID id) {
		Block block = blocks.find(currentActor.require(), id);
		return ResponseEntity.ok().eTag(ChangeLinks.etag(block.version(), block)).body(block);
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
