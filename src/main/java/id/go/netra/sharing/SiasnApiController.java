package id.go.netra.sharing;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The push of blocks to SIASN, for administrators: what went, what waits, what died, and "send again". */
@RestController
@RequestMapping("/api/v1/siasn/pushes")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "SIASN", description = "Blocks placed and lifted, pushed to SIASN (BKN's personnel system)")
class SiasnApiController {

	private final SiasnLog log;

	SiasnApiController(SiasnLog log) {
		this.log = log;
	}

	@GetMapping
	@Operation(summary = "The latest block changes pushed or to push to SIASN, newest first; status=PENDING, DELIVERED"
			+ " or DEAD narrows them; lastFailure says in words why the last attempt failed")
	List<SiasnLog.Entry> latest(@RequestParam(required = false) String status, Locale locale) {
		return log.latest(status, locale);
	}

	@PostMapping("/{id}/again")
	@Operation(summary = "Pushes a change again now (also one dead-lettered or delivered), with a new retry window")
	ResponseEntity<Void> sendAgain(@PathVariable UUID id) {
		log.sendAgain(id);
		return ResponseEntity.accepted().build();
	}
}
