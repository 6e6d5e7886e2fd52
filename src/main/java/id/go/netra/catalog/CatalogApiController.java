package id.go.netra.catalog;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.go.netra.DomainException;
import id.go.netra.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The catalogues as JSON. They are public law, so reading needs no token: the public reporting form and other
 * agencies' systems read them alike. Administrators' systems keep the election calendar.
 */
@RestController
@RequestMapping("/api/v1/catalog")
@Tag(name = "Catalog", description = "Violation and sanction catalogues, regions, working-day and election calendars")
class CatalogApiController {

	private final Violations violations;
	private final Sanctions sanctions;
	private final Regions regions;
	private final BusinessCalendar calendar;
	private final ElectionCalendar elections;

	CatalogApiController(Violations violations, Sanctions sanctions, Regions regions, BusinessCalendar calendar,
			ElectionCalendar elections) {
		this.violations = violations;
		this.sanctions = sanctions;
		this.regions = regions;
		this.calendar = calendar;
		this.elections = elections;
	}

	@GetMapping("/violations")
	@Operation(summary = "The violation catalogue; level is the sanction level a proven violation calls for")
	Page<Violation> violations() {
		return all(violations.all());
	}

	@GetMapping("/violations/{code}")
	Violation violation(@PathVariable String code) {
		return violations.find(code).orElseThrow(() -> DomainException.notFound("catalog.violation.notFound", code));
	}

	@GetMapping("/sanctions")
	@Operation(summary = "The sanction catalogue, from the lightest to the heaviest")
	Page<Sanction> sanctions() {
		return all(sanctions.all());
	}

	@GetMapping("/sanctions/{code}")
	Sanction sanction(@PathVariable String code) {
		return sanctions.find(code).orElseThrow(() -> DomainException.notFound("catalog.sanction.notFound", code));
	}

	@GetMapping("/regions")
	@Operation(summary = "Provinces, regencies and cities with their Kemendagri codes")
	Page<Region> regions() {
		List<Region> all = new java.util.ArrayList<>(regions.provinces());
		all.addAll(regions.regencies());
		return all(all);
	}

	@GetMapping("/elections")
	@Operation(summary = "Elections with their phases, by voting day")
	Page<Election> elections() {
		return all(elections.elections());
	}

	@GetMapping("/elections/{code}")
	Election election(@PathVariable String code) {
		return elections.election(code).orElseThrow(() -> DomainException.notFound("catalog.election.notFound", code));
	}

	@PostMapping("/elections")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Adds an election; its code (PEMILU-2029, PILKADA-2029) is given by Netra. "
			+ "Phase codes: PRE_CAMPAIGN, CAMPAIGN, QUIET_PERIOD, VOTING, RECAPITULATION, POST_ELECTION")
	ResponseEntity<Election> addElection(@RequestBody ElectionCalendar.Draft draft) {
		Election added = elections.add(draft);
		return ResponseEntity.created(URI.create("/api/v1/catalog/elections/" + added.code())).body(added);
	}

	@PutMapping("/elections/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Replaces an election's names, dates and phases")
	Election updateElection(@PathVariable String code, @RequestBody ElectionCalendar.Draft draft) {
		return elections.update(code, draft);
	}

	@GetMapping("/calendar/{year}")
	@Operation(summary = "Holidays and collective leave days of a year (weekends are not listed)")
	Page<CalendarDay> calendar(@PathVariable int year) {
		return all(calendar.daysOf(year));
	}

	private static <T> Page<T> all(List<T> items) {
		return new Page<>(items, 0, items.size(), items.size());
	}
}
