package id.go.netra.personnel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import id.go.netra.Page;

/** The employers (instansi): about 640, central and regional. */
@Service
public class Employers {

	private final JdbcClient jdbc;
	private volatile Map<String, Employer> byCode;

	Employers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Employers change rarely and are read on every registry answer: kept in memory (about 640). */
	public Optional<Employer> find(String code) {
		Map<String, Employer> all = byCode;
		if (all == null || all.isEmpty()) {
			Map<String, Employer> loaded = new java.util.HashMap<>();
			jdbc.sql("select * from employer").query(Employers::map).list().forEach(e -> loaded.put(e.code(), e));
			byCode = all = Map.copyOf(loaded);
		}
		return Optional.ofNullable(code == null ? null : all.get(code));
	}

	/** Every employer, by code. */
	public List<Employer> all() {
		find(null);
		return byCode.values().stream().sorted(java.util.Comparator.comparing(Employer::code)).toList();
	}

	public Page<Employer> search(String text, Employer.Kind kind, String regionCode, int page, int size) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		Map<String, Object> params = new LinkedHashMap<>();
		if (text != null && !text.isBlank()) {
			where.append(" and (lower(code) like :t or lower(name) like :t)");
			params.put("t", "%" + text.trim().toLowerCase() + "%");
		}
		if (kind != null) {
			where.append(" and employer_kind = :k");
			params.put("k", kind.name());
		}
		if (regionCode != null && !regionCode.isBlank()) {
			where.append(" and (region_code = :r or region_code like :rp)");
			params.put("r", regionCode);
			params.put("rp", regionCode + ".%");
		}
		long total = jdbc.sql("select count(*) from employer" + where).params(params).query(Long.class).single();
		List<Employer> items = jdbc.sql("select * from employer" + where + " order by code limit :l offset :o")
			.params(params)
			.param("l", size)
			.param("o", (long) page * size)
			.query(Employers::map)
			.list();
		return new Page<>(items, page, size, total);
	}

	public long count() {
		return jdbc.sql("select count(*) from employer").query(Long.class).single();
	}

	private static Employer map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Employer(rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
				Employer.Kind.valueOf(rs.getString("employer_kind")), rs.getString("region_code"),
				rs.getString("ppk_title"), rs.getString("regional_office_code"),
				rs.getString("supervisor_agency_code"), rs.getBoolean("active"));
	}
}
