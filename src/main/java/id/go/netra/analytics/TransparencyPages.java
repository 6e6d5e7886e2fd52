package id.go.netra.analytics;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public transparency portal (transparansi): the public statistics as a page, with the map. */
@Controller
class TransparencyPages {

	private final PublicStatistics statistics;
	private final MapData mapData;

	TransparencyPages(PublicStatistics statistics, MapData mapData) {
		this.statistics = statistics;
		this.mapData = mapData;
	}

	@GetMapping("/transparansi")
	String portal(Model model) {
		PublicStatistics.Answer answer = statistics.current();
		model.addAttribute("stats", answer);
		model.addAttribute("mapData", mapData.publicProvinces(answer));
		return "analytics/transparency";
	}
}
