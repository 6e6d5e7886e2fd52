package id.go.netra.analytics;

import java.util.List;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The numbers a map or chart script draws, as JSON for a page's data attribute: the page carries them, so the
 * browser needs no second, separately authorised request, and the table beside the map shows the same numbers.
 */
@Component
class MapData {

	/** Bars in a province's chart: its regencies and cities with most cases. */
	static final int BARS = 15;

	/** One province as the map script shades it; {@code value} is null when suppressed. */
	record Area(String code, String name, Long value, String shown, Double per10000) {
	}

	/** A chart's bars. */
	record Bars(List<String> labels, List<Long> values) {
	}

	private final JsonMapper json;

	MapData(JsonMapper json) {
		this.json = json;
	}

	String provinces(List<Statistics.RegionCount> provinces) {
		return json.writeValueAsString(provinces.stream()
			.map(p -> new Area(p.code(), p.name(), p.cases(), Long.toString(p.cases()), p.per10000()))
			.toList());
	}

	/** Suppressed provinces carry no value, only what is shown ("<5" or "*"). */
	String publicProvinces(PublicStatistics.Answer answer) {
		return json.writeValueAsString(answer.provinces()
			.stream()
			.map(p -> new Area(p.code(), p.name(), p.count(), p.shown(), p.per10000()))
			.toList());
	}

	String regencies(List<Statistics.RegionCount> regencies) {
		List<Statistics.RegionCount> bars = regencies.stream().filter(r -> r.cases() > 0).limit(BARS).toList();
		return json.writeValueAsString(new Bars(bars.stream().map(Statistics.RegionCount::name).toList(),
				bars.stream().map(Statistics.RegionCount::cases).toList()));
	}
}
