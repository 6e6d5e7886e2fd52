package id.go.netra.enforcement;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.go.netra.ChangeCursor;
import id.go.netra.ChangeLinks;
import id.go.netra.Page;
import id.go.netra.catalog.SanctionLevel;
import id.go.netra.identity.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
	@Operation(summary = "A page of the register, newest decree first, by employer, level or election. With "
			+ "changedSince or cursor: the changes to sync", description = """
					**Syncing** works as for GET /api/v1/cases: `changedSince` (ISO-8601 instant with an offset) once, \
					then `next` as `cursor` until `total` equals the number of items; keep the last `next` for the \
					following sync. A change is an entry entered (also imported) or its decree's delivery recorded; \
					each comes once, in the order it became visible. In this mode the other filters and `page` are \
					ignored; a PPK's changes are its employer's. A malformed instant, a cursor this list did not give \
					out, or both at once: 400.""")
	@ApiResponse(responseCode = "200", description = "A page of entries, or of changes with `next`",
			headers = @Header(name = "Link", description = "In sync mode: `<...cursor=...>; rel=\"next\"`",
					schema = @Schema(type = "string")))
	ResponseEntity<Page<DisciplineEntry>> search(@RequestParam(required = false) String employer,
			@RequestParam(required = false) SanctionLevel level, @RequestParam(required = false) String election,
			@Parameter(description = "Sync from this instant: the entries changed at or after it, in change order")
			@RequestParam(required = false) String changedSince,
			@Parameter(description = "Continue a sync: the `next` value of the previous page of changes")
			@RequestParam(required = false) String cursor,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		ChangeCursor from = ChangeCursor.requested(DisciplineRows.FEED, changedSince, cursor);
		if (from == null) {
			return ResponseEntity.ok(register.search(currentActor.require(), employer, level, election, page, size));
		}
		Page<DisciplineEntry> changes = register.changes(currentActor.require(), from, size);
		return ResponseEntity.ok().header(HttpHeaders.LINK, ChangeLinks.next(changes)).body(changes);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One entry of the register (the entryId of a sanction.recorded event)",
			description = "Carries a strong `ETag` (its version and a digest of this answer); send it back in "
					+ "`If-None-Match` to get 304 Not Modified while it is unchanged.")
	@ApiResponse(responseCode = "200", description = "The entry", headers = @Header(name = "ETag",
			description = "Strong validator of this answer", schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
	ResponseEntity<DisciplineEntry> entry(@PathVariable UUID id) {
		DisciplineEntry entry = register.find(currentActor.require(), id);
		return ResponseEntity.ok().eTag(ChangeLinks.etag(entry.version(), entry)).body(entry);
	}

	@PostMapping("/{id}/delivery")
	@Operation(summary = "PPK: the day the employee received the decree; it takes effect on the 15th day after")
	DisciplineEntry delivered(@PathVariable UUID id, @RequestBody Delivery request) {
		return register.recordDelivery(currentActor.require(), id, request == null ? null : request.deliveredOn());
	}
}
