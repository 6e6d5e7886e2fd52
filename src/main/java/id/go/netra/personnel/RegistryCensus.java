package id.go.netra.personnel;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Head counts of the registry for rates such as cases per 10,000 ASN: active civil servants (PNS and PPPK) by
 * the province they work in. One grouped scan of the registry; callers keep the answer until the next import.
 */
@Service
public class RegistryCensus {

	private final JdbcClient jdbc;

	RegistryCensus(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Active PNS and PPPK by the two-digit code of the province they work in. */
	@Transactional(readOnly = true)
	public Map<String, Long> activeCivilServantsByProvince() {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("""
				select substring(work_region_code, 1, 2) as province, count(*) as n from employee
				where status = 'ACTIVE' and employment_type in ('PNS', 'PPPK') and work_region_code is not null
				group by substring(work_region_code, 1, 2) order by 1
				""").query(rs -> {
			counts.put(rs.getString("province"), rs.getLong("n"));
		});
		return counts;
	}
}
