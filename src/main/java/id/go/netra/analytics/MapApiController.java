package id.go.netra.analytics;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.go.netra.DomainException;
import id.go.netra.catalog.Region;
import id.go.netra.catalog.Regions;
import id.go.netra.identity.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The violation map's numbers for agency systems, counted in the caller's case scope. */
@RestController
@RequestMapping("/api/v1/statistics/provinces")
@Tag(name = "Violation map", description = "Cases by province and by regency/city, in the caller's scope")
class MapApiController {

	private final Statistics statistics;
	private final Regions regions;
	private final CurrentActor currentActor;

	MapApiController(Statistics statistics, Regions regions, CurrentActor currentActor) {
		this.statistics = statistics;
		this.regions = regions;
		this.currentActor = currentActor;
	}

	@GetMapping
	@Operation(summary = "All 38 provinces with their cases, ASN head count and cases per 10,000 ASN")
	List<Statistics.RegionCount> provinces() {
		return statistics.provinces(currentActor.require());
	}

	@GetMapping("/{code}/regencies")
	@Operation(summary = "A province's regencies and cities with their cases, most first")
	List<Statistics.RegionCount> regencies(@PathVariable String code) {
		return statistics.regencies(currentActor.require(), province(regions, code).code());
	}

	/** The province of a two-digit Kemendagri code, or 404. */
	static Region province(Regions regions, String code) {
		return regions.find(code)
			.filter(Region::isProvince)
			.orElseThrow(() -> DomainException.notFound("analytics.map.unknownProvince", code));
	}
}
