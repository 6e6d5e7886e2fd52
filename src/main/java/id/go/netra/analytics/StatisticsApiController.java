package id.go.netra.analytics;

import java.util.List;
import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.go.netra.ReplicaReads;
import id.go.netra.TableFiles;
import id.go.netra.identity.Actor;
import id.go.netra.identity.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The dashboard's figures, the election timelines and their tables as files, in the caller's case scope; counted
 * on the read replica where there is one ({@link ReplicaReads}).
 */
@RestController
@RequestMapping("/api/v1/statistics")
@Tag(name = "Statistics", description = "Counts of cases in the caller's scope, election timelines, CSV/XLSX exports")
class StatisticsApiController {

	private final Dashboards dashboards;
	private final ElectionTimelines timelines;
	private final StatisticsTables tables;
	private final CurrentActor currentActor;
	private final ReplicaReads replica;

	StatisticsApiController(Dashboards dashboards, ElectionTimelines timelines, StatisticsTables tables,
			CurrentActor currentActor, ReplicaReads replica) {
		this.replica = replica;
		this.dashboards = dashboards;
		this.timelines = timelines;
		this.tables = tables;
		this.currentActor = currentActor;
	}

	@GetMapping("/dashboard")
	@Operation(summary = "Totals, cases by status, stage, violation, position class, employer (top 15), province, "
			+ "and per week for the last 26 weeks")
	Dashboards.Dashboard dashboard(Locale locale) {
		Actor actor = currentActor.require();
		return replica.read(() -> dashboards.of(actor, locale));
	}

	@GetMapping("/elections")
	@Operation(summary = "The elections of the calendar that have a timeline")
	List<ElectionTimelines.Choice> elections(Locale locale) {
		return timelines.elections(locale);
	}

	@GetMapping("/elections/{code}/timeline")
	@Operation(summary = "Cases by the day (or week) of the act across an election's phases, with each phase's "
			+ "total and cases per day")
	ElectionTimelines.Timeline timeline(@PathVariable String code,
			@RequestParam(defaultValue = "DAY") ElectionTimelines.Granularity granularity, Locale locale) {
		Actor actor = currentActor.require();
		return replica.read(() -> timelines.of(actor, code, granularity, locale));
	}

	@GetMapping("/exports/{table}.{format}")
	@Operation(summary = "A dashboard table as CSV or XLSX: totals, status, stage, violations, positions, "
			+ "employers, provinces, weekly")
	ResponseEntity<byte[]> export(@PathVariable String table, @PathVariable String format, Locale locale) {
		Actor actor = currentActor.require();
		return TableFiles.download(replica.read(() -> tables.dashboard(actor, table, locale)), format,
				Dashboards.today());
	}

	@GetMapping("/elections/{code}/exports/{table}.{format}")
	@Operation(summary = "A timeline table as CSV or XLSX: phases, days, weeks")
	ResponseEntity<byte[]> exportTimeline(@PathVariable String code, @PathVariable String table,
			@PathVariable String format, Locale locale) {
		Actor actor = currentActor.require();
		return TableFiles.download(replica.read(() -> tables.timeline(actor, code, table, locale)), format,
				Dashboards.today());
	}
}
