package id.go.netra.catalog;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Indonesia's provinces, regencies and cities by Kemendagri code. Small and read often: kept in memory. */
@Service
public class Regions {

	private final JdbcClient jdbc;
	private volatile Map<String, Region> byCode;

	Regions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Region> find(String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(all().get(code.trim()));
	}

	public boolean exists(String code) {
		return find(code).isPresent();
	}

	public List<Region> provinces() {
		return all().values().stream().filter(Region::isProvince).toList();
	}

	public List<Region> regenciesOf(String provinceCode) {
		return all().values()
			.stream()
			.filter(region -> !region.isProvince() && region.provinceCode().equals(provinceCode))
			.toList();
	}

	public List<Region> regencies() {
		return all().values().stream().filter(region -> !region.isProvince()).toList();
	}

	/** The region's name, or the code itself when it is not known (never fails a page). */
	public String nameOf(String code) {
		return find(code).map(Region::name).orElse(code);
	}

	private Map<String, Region> all() {
		Map<String, Region> current = byCode;
		if (current == null || current.isEmpty()) {
			Map<String, Region> loaded = new LinkedHashMap<>();
			jdbc.sql("select * from region")
				.query((rs, row) -> new Region(rs.getString("code"), rs.getString("name"),
						Region.Level.valueOf(rs.getString("region_level")), rs.getString("province_code"),
						Region.Type.valueOf(rs.getString("region_type")), rs.getBoolean("autonomous")))
				.list()
				.stream()
				.sorted(Comparator.comparing(Region::code))
				.forEach(region -> loaded.put(region.code(), region));
			// ordered by code, so lists come out in Kemendagri order
			byCode = current = java.util.Collections.unmodifiableMap(loaded);
		}
		return current;
	}

	void reload() {
		byCode = null;
	}
}
