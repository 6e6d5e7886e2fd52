package id.go.netra.analytics;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The transparency portal's numbers for anyone, without a token. */
@RestController
@Tag(name = "Public statistics", description = "Aggregated case counts with small counts suppressed; no personal data")
class PublicStatisticsApiController {

	private final PublicStatistics statistics;

	PublicStatisticsApiController(PublicStatistics statistics) {
		this.statistics = statistics;
	}

	@GetMapping("/api/v1/public/statistics")
	@Operation(summary = "National counts by status, province and employer type, and PPK follow-up per employer",
			description = "Every count from 1 to 4 is null with shown \"<5\"; where exactly one part of a total is "
					+ "suppressed a second part is withheld (shown \"*\"); rates and medians over such counts are null. "
					+ "Recomputed at most once a minute.")
	ResponseEntity<PublicStatistics.Answer> statistics() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic())
			.body(statistics.current());
	}
}
