package id.go.netra.pacts;

import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.DomainException;
import id.go.netra.catalog.Election;
import id.go.netra.catalog.ElectionCalendar;
import id.go.netra.catalog.Regions;
import id.go.netra.identity.Actor;

/**
 * The national view of an election's pacts for BKN and the overseeing ministries (national jurisdiction only): every
 * campaign's signers grouped by employer or by the employer's province, each group one row of one SQL aggregate.
 */
@Service
class NationalCoverage {

	/** One group: an employer or a province by code and name (central employers under "PUSAT"). */
	record Group(String code, String name, Coverage.Tally coverage) {
	}

	static final String CENTRAL = "PUSAT";
	static final String CENTRAL_NAME = "Instansi pusat";

	private final CoverageCounts counts;
	private final CampaignViews views;
	private final ElectionCalendar elections;
	private final Regions regions;

	NationalCoverage(CoverageCounts counts, CampaignViews views, ElectionCalendar elections, Regions regions) {
		this.counts = counts;
		this.views = views;
		this.elections = elections;
		this.regions = regions;
	}

	@Transactional(readOnly = true)
	List<Group> of(Actor actor, String electionCode, String by) {
		if (!CampaignScope.national(actor)) {
			throw new DomainException("forbidden", 403, "pacts.national.notNational");
		}
		Election election = elections.election(electionCode == null ? "" : electionCode.strip())
			.orElseThrow(() -> DomainException.invalid("pacts.campaign.electionUnknown", String.valueOf(electionCode)));
		if ("province".equals(by)) {
			return groups(counts.byProvince(election.code()), code -> code == null ? CENTRAL : code,
					code -> code == null ? CENTRAL_NAME : regions.nameOf(code));
		}
		if (by != null && !by.isBlank() && !"employer".equals(by)) {
			throw DomainException.invalid("pacts.national.by", by);
		}
		return groups(counts.byEmployer(election.code()), code -> code, views::employerName);
	}

	private static List<Group> groups(List<CoverageCounts.Row> rows, Function<String, String> code,
			Function<String, String> name) {
		return rows.stream()
			.map(row -> new Group(code.apply(row.key()), name.apply(row.key()), row.tally()))
			.toList();
	}
}
