package id.go.netra.analytics;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import id.go.netra.ReplicaReads;
import id.go.netra.catalog.Region;
import id.go.netra.catalog.Regions;
import id.go.netra.identity.Actor;
import id.go.netra.identity.CurrentActor;

/**
 * The violation map (peta pelanggaran) for agency staff, counted in their own scope: the provinces shaded by
 * cases or by cases per 10,000 ASN beside the same numbers as a table, and a province's regencies and cities
 * ranked (no openly licensed regency boundaries are at hand, so that level is a table and a chart). Counted on the
 * read replica where there is one ({@link ReplicaReads}).
 */
@Controller
class MapPages {

	private final Statistics statistics;
	private final Regions regions;
	private final CurrentActor currentActor;
	private final MapData mapData;
	private final ReplicaReads replica;

	MapPages(Statistics statistics, Regions regions, CurrentActor currentActor, MapData mapData,
			ReplicaReads replica) {
		this.replica = replica;
		this.statistics = statistics;
		this.regions = regions;
		this.currentActor = currentActor;
		this.mapData = mapData;
	}

	@GetMapping("/peta")
	String provinces(Model model) {
		Actor actor = currentActor.require();
		List<Statistics.RegionCount> provinces = replica.read(() -> statistics.provinces(actor));
		model.addAttribute("ranked", provinces.stream()
			.sorted(Comparator.comparingLong(Statistics.RegionCount::cases).reversed()
				.thenComparing(Statistics.RegionCount::name))
			.toList());
		model.addAttribute("total", provinces.stream().mapToLong(Statistics.RegionCount::cases).sum());
		model.addAttribute("mapData", mapData.provinces(provinces));
		return "analytics/map";
	}

	@GetMapping("/peta/{code}")
	String province(@PathVariable String code, Model model) {
		Region province = MapApiController.province(regions, code);
		Actor actor = currentActor.require();
		List<Statistics.RegionCount> regencies = replica.read(() -> statistics.regencies(actor, province.code()));
		model.addAttribute("province", province);
		model.addAttribute("regencies", regencies);
		model.addAttribute("total", regencies.stream().mapToLong(Statistics.RegionCount::cases).sum());
		model.addAttribute("chartData", mapData.regencies(regencies));
		return "analytics/province";
	}
}
