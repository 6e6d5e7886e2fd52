package id.go.netra.analytics;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.go.netra.DomainException;
import id.go.netra.ReplicaReads;
import id.go.netra.catalog.Region;
import id.go.netra.catalog.Regions;
import id.go.netra.identity.Actor;
import id.go.netra.identity.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The violation map's numbers for agency systems, counted in the caller's case scope, on the read replica where
 * there is one ({@link ReplicaReads}).
 */
@RestController
@RequestMapping("/api/v1/statistics/provinces")
@Tag(name = "Violation map", description = "Cases by province and by regency/city, in the caller's scope")
class MapApiController {

	private final Statistics statistics;
	private final Regions regions;
	private final CurrentActor currentActor;
	private final ReplicaReads replica;

	MapApiController(Statistics statistics, Regions regions, CurrentActor currentActor, ReplicaReads replica) {
		this.replica = replica;
		this.statistics = statistics;
		this.regions = regions;
		this.currentActor = currentActor;
	}

	@GetMapping
	@Operation(summary = "All 38 provinces with their cases, ASN head count and cases per 10,000 ASN")
	List<Statistics.RegionCount> provinces() {
		Actor actor = currentActor.require();
		return replica.read(() -> statistics.provinces(actor));
	}

	@GetMapping("/{code}/regencies")
	@Operation(summary = "A province's regencies and cities with their cases, most first")
	List<Statistics.RegionCount> regencies(@PathVariable String code) {
		Actor actor = currentActor.require();
		String province = province(regions, code).code();
		return replica.read(() -> statistics.regencies(actor, province));
	}

	/** The province of a two-digit Kemendagri code, or 404. */
	static Region province(Regions regions, String code) {
		return regions.find(code)
			.filter(Region::isProvince)
			.orElseThrow(() -> DomainException.notFound("analytics.map.unknownProvince", code));
	}
}
