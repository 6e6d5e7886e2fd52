package id.go.netra.catalog;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.go.netra.DomainException;
import id.go.netra.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The catalogues as read-only JSON. They are public law, so they need no token: the public reporting form and
 * other agencies' systems read them alike.
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
	Page<Election> elections() {
		return all(elections.elections());
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
