package id.go.netra.analytics;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

import id.go.netra.ReplicaReads;
import id.go.netra.TableFiles;
import id.go.netra.identity.Actor;
import id.go.netra.identity.CurrentActor;
import id.go.netra.screening.Leads;

/**
 * The dashboard (dasbor) of the agencies and the timeline of an election: charts drawn from the tables beside
 * them, so the numbers are there without JavaScript and for screen readers; every table downloadable. Counted on
 * the read replica where there is one ({@link ReplicaReads}).
 */
@Controller
class DashboardPages {

	private final Dashboards dashboards;
	private final ElectionTimelines timelines;
	private final StatisticsTables tables;
	private final CurrentActor currentActor;
	private final Leads screeningLeads;
	private final ReplicaReads replica;

	DashboardPages(Dashboards dashboards, ElectionTimelines timelines, StatisticsTables tables,
			CurrentActor currentActor, Leads screeningLeads, ReplicaReads replica) {
		this.screeningLeads = screeningLeads;
		this.replica = replica;
		this.dashboards = dashboards;
		this.timelines = timelines;
		this.tables = tables;
		this.currentActor = currentActor;
	}

	@GetMapping("/dasbor")
	String dashboard(Model model, Locale locale) {
		Actor actor = currentActor.require();
		model.addAttribute("d", replica.read(() -> dashboards.of(actor, locale)));
		// screening's leads per source and status, for the sources the actor reviews, in the actor's scope
		model.addAttribute("screening", replica.read(() -> screeningLeads.counts(actor)));
		model.addAttribute("screeningStatuses", Leads.STATUSES);
		model.addAttribute("elections", timelines.elections(locale));
		return "analytics/dashboard";
	}

	@GetMapping("/dasbor/pemilihan/{code}")
	String timeline(@PathVariable String code,
			@RequestParam(defaultValue = "WEEK") ElectionTimelines.Granularity granularity, Model model,
			Locale locale) {
		Actor actor = currentActor.require();
		ElectionTimelines.Timeline timeline = replica.read(() -> timelines.of(actor, code, granularity, locale));
		model.addAttribute("t", timeline);
		model.addAttribute("phaseNames", timeline.phases().stream()
			.collect(Collectors.toMap(ElectionTimelines.PhaseTotal::code, ElectionTimelines.PhaseTotal::name)));
		model.addAttribute("busiest", timeline.phases().stream()
			.filter(p -> p.code().equals(timeline.busiestPhase()))
			.findFirst()
			.orElse(null));
		model.addAttribute("elections", timelines.elections(locale));
		return "analytics/timeline";
	}

	/** The selector's form, which works without JavaScript, asks here; the timeline has its own address. */
	@GetMapping("/dasbor/pemilihan")
	String chosen(@RequestParam String code,
			@RequestParam(defaultValue = "WEEK") ElectionTimelines.Granularity granularity) {
		return "redirect:/dasbor/pemilihan/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8)
				+ "?granularity=" + granularity;
	}

	@GetMapping("/dasbor/ekspor/{table}.{format}")
	ResponseEntity<byte[]> export(@PathVariable String table, @PathVariable String format, Locale locale) {
		Actor actor = currentActor.require();
		return TableFiles.download(replica.read(() -> tables.dashboard(actor, table, locale)), format,
				Dashboards.today());
	}

	@GetMapping("/dasbor/pemilihan/{code}/ekspor/{table}.{format}")
	ResponseEntity<byte[]> exportTimeline(@PathVariable String code, @PathVariable String table,
			@PathVariable String format, Locale locale) {
		Actor actor = currentActor.require();
		return TableFiles.download(replica.read(() -> tables.timeline(actor, code, table, locale)), format,
				Dashboards.today());
	}
}
