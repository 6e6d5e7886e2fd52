package id.go.netra.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The elections Netra knows, with their phases (before the campaign, campaign, quiet period, voting...). */
@Service
public class ElectionCalendar {

	private final JdbcClient jdbc;

	ElectionCalendar(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Election> elections() {
		Map<String, List<Election.Phase>> phases = new LinkedHashMap<>();
		jdbc.sql("select * from election_phase order by election_code, starts_on").query(rs -> {
			phases.computeIfAbsent(rs.getString("election_code"), code -> new ArrayList<>())
				.add(new Election.Phase(rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
						rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class)));
		});
		return jdbc.sql("select * from election order by voting_date")
			.query((rs, row) -> new Election(rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
					Election.Kind.valueOf(rs.getString("kind")), rs.getObject("voting_date", LocalDate.class),
					rs.getObject("candidate_determination_date", LocalDate.class), rs.getString("legal_basis"),
					phases.getOrDefault(rs.getString("code"), List.of())))
			.list();
	}

	public Optional<Election> election(String code) {
		return elections().stream().filter(election -> election.code().equals(code)).findFirst();
	}
}
