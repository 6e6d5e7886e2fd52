package id.go.netra.pacts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.Dates;
import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.audit.AuditTrail;
import id.go.netra.catalog.ElectionCalendar;
import id.go.netra.identity.Actor;
import id.go.netra.identity.Role;
import id.go.netra.personnel.Employer;
import id.go.netra.personnel.Employers;

/**
 * Opens campaigns and finds them within the actor's scope ({@link CampaignScope}). A PPK opens one for its own
 * employer; BKN or a ministry opens a cascade, which gives every employer it reaches (all active ones, or those
 * named, or those of the kinds named, within the opener's jurisdiction) a child campaign of its own with the same
 * wording and deadline. Each campaign copies its employer's roster when it opens.
 */
@Service
class Campaigns {

	private final JdbcClient jdbc;
	private final CampaignRoster roster;
	private final PactTexts texts;
	private final ElectionCalendar elections;
	private final Employers employers;
	private final AuditTrail audit;
	private final Clock clock;

	Campaigns(JdbcClient jdbc, CampaignRoster roster, PactTexts texts, ElectionCalendar elections, Employers employers,
			AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.roster = roster;
		this.texts = texts;
		this.elections = elections;
		this.employers = employers;
		this.audit = audit;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), Dates.ZONE);
	}

	@Transactional
	Campaign open(Actor actor, CampaignDraft draft) {
		if (elections.election(draft.election()).isEmpty()) {
			new InvalidInput.Collector().reject("election", "pacts.campaign.electionUnknown", draft.election())
				.throwIfAny();
		}
		List<Employer> reached = reached(actor, draft);
		PactText text = draft.text() == null ? texts.template() : texts.add(draft.text(), draft.legalBasis(),
				actor.name());
		Instant now = clock.instant();
		if (!CampaignScope.cascades(actor)) {
			Campaign single = insert(null, reached.get(0), actor, draft, text, now);
			long people = roster.copy(single.id(), single.employerCode());
			audit.record("PACT_CAMPAIGN_OPENED", single.id().toString(), describe(draft, text)
					+ "; instansi " + single.employerCode() + ", " + people + " pegawai");
			return single;
		}
		Campaign parent = insert(null, null, actor, draft, text, now);
		long people = 0;
		for (Employer employer : reached) {
			Campaign child = insert(parent.id(), employer, actor, draft, text, now);
			people += roster.copy(child.id(), employer.code());
		}
		audit.record("PACT_CAMPAIGN_CASCADED", parent.id().toString(),
				describe(draft, text) + "; " + reached.size() + " instansi, " + people + " pegawai");
		return parent;
	}

	private List<Employer> reached(Actor actor, CampaignDraft draft) {
		if (!CampaignScope.cascades(actor)) {
			if (!actor.has(Role.PPK)) {
				throw new DomainException("forbidden", 403, "pacts.campaign.notAllowed");
			}
			Employer own = employers.find(actor.agencyCode())
				.orElseThrow(() -> DomainException.invalid("pacts.campaign.noEmployer"));
			return List.of(own);
		}
		InvalidInput.Collector problems = new InvalidInput.Collector();
		Set<Employer.Kind> kinds = problems.check("employerKinds", () -> draft.employerKinds()
			.stream()
			.map(kind -> parseKind(kind))
			.collect(Collectors.toSet()));
		Set<String> named = Set.copyOf(draft.employers());
		for (String code : named) {
			if (employers.find(code).isEmpty()) {
				problems.reject("employers", "pacts.campaign.employerUnknown", code);
			}
		}
		problems.throwIfAny();
		List<Employer> reached = employers.all()
			.stream()
			.filter(Employer::active)
			.filter(e -> named.isEmpty() || named.contains(e.code()))
			.filter(e -> kinds == null || kinds.isEmpty() || kinds.contains(e.kind()))
			.filter(e -> within(actor, e))
			.toList();
		if (reached.isEmpty()) {
			problems.reject("employers", "pacts.campaign.noneReached").throwIfAny();
		}
		return reached;
	}

	private static Employer.Kind parseKind(String kind) {
		try {
			return Employer.Kind.valueOf(kind.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw DomainException.invalid("pacts.campaign.kindUnknown", String.valueOf(kind));
		}
	}

	/** A regional BKN office or ministry reaches the employers in its jurisdiction; a national one every employer. */
	private static boolean within(Actor actor, Employer employer) {
		return CampaignScope.national(actor) || employer.regionCode() != null && actor.roles()
			.values()
			.stream()
			.anyMatch(where -> where.covers(employer.regionCode()));
	}

	private Campaign insert(UUID parentId, Employer employer, Actor actor, CampaignDraft draft, PactText text,
			Instant now) {
		Campaign campaign = new Campaign(UUID.randomUUID(), parentId, employer == null ? null : employer.code(),
				employer == null || employer.regionCode() == null ? null : employer.regionCode().split("\\.")[0],
				actor.agencyCode(), draft.title(), draft.election(), draft.deadline(), text.version(), now);
		jdbc.sql("""
				insert into pact_campaign (id, parent_id, employer_code, province_code, opened_by_agency, title,
				  election_code, deadline, text_version, created_at, created_by)
				values (:id, :parent, :employer, :province, :agency, :title, :election, :deadline, :text, :at, :by)""")
			.param("id", campaign.id())
			.param("parent", parentId)
			.param("employer", campaign.employerCode())
			.param("province", campaign.provinceCode())
			.param("agency", campaign.openedByAgency())
			.param("title", campaign.title())
			.param("election", campaign.electionCode())
			.param("deadline", campaign.deadline())
			.param("text", campaign.textVersion())
			.param("at", now.atOffset(ZoneOffset.UTC))
			.param("by", actor.name())
			.update();
		return campaign;
	}

	private static String describe(CampaignDraft draft, PactText text) {
		return draft.title() + "; " + draft.election() + "; batas " + draft.deadline() + "; naskah v" + text.version();
	}

	/** The campaign if the actor may see it; not found otherwise, as if it did not exist. */
	@Transactional(readOnly = true)
	Campaign require(Actor actor, UUID id) {
		return find(id).filter(c -> CampaignScope.sees(actor, c))
			.orElseThrow(() -> DomainException.notFound("pacts.campaign.notFound"));
	}

	Optional<Campaign> find(UUID id) {
		return jdbc.sql("select * from pact_campaign where id = :id").param("id", id).query(Campaigns::map).optional();
	}

	/** The campaigns the actor sees, newest first: for a PPK its employer's, nationally the parents and singles. */
	@Transactional(readOnly = true)
	List<Campaign> visibleTo(Actor actor) {
		if (CampaignScope.national(actor)) {
			return jdbc.sql("select * from pact_campaign where parent_id is null order by created_at desc")
				.query(Campaigns::map)
				.list();
		}
		return jdbc.sql("""
				select * from pact_campaign where (employer_code = :agency and :ppk = true)
				  or (parent_id is null and employer_code is null and opened_by_agency = :agency)
				order by created_at desc""")
			.param("agency", actor.agencyCode())
			.param("ppk", actor.has(Role.PPK))
			.query(Campaigns::map)
			.list();
	}

	/** The children of a cascade, by employer code. */
	List<Campaign> children(UUID parentId) {
		return jdbc.sql("select * from pact_campaign where parent_id = :id order by employer_code")
			.param("id", parentId)
			.query(Campaigns::map)
			.list();
	}

	static Campaign map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Campaign(rs.getObject("id", UUID.class), rs.getObject("parent_id", UUID.class),
				rs.getString("employer_code"), rs.getString("province_code"), rs.getString("opened_by_agency"),
				rs.getString("title"), rs.getString("election_code"), rs.getObject("deadline", LocalDate.class),
				rs.getInt("text_version"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}
}
