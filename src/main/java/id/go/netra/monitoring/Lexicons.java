package id.go.netra.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.audit.AuditTrail;
import id.go.netra.catalog.ElectionCalendar;

/**
 * The election lexicons: per election, the candidates and pairs with their nicknames and ballot numbers, the
 * parties, slogans, hashtags and campaign words the classifier looks for. Administrators edit them; every change
 * raises one version number, on which the model learns again.
 */
@Service
public class Lexicons {

	static final int MAX_ENTRIES = 2000;
	static final int MAX_TERM = 200;

	/** Published after a lexicon changed, so the classifier learns again. */
	record Changed(String electionCode, long version) {
	}

	private final JdbcClient jdbc;
	private final ElectionCalendar elections;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;

	Lexicons(JdbcClient jdbc, ElectionCalendar elections, AuditTrail audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.elections = elections;
		this.audit = audit;
		this.events = events;
	}

	/** The entries of every election's lexicon together, with the current version. */
	@Transactional(readOnly = true)
	public Lexicon current() {
		List<LexiconEntry> entries = jdbc.sql("""
				select kind, term, refers_to from monitoring_lexicon_entry order by election_code, kind, term
				""")
			.query((rs, n) -> new LexiconEntry(LexiconEntry.Kind.valueOf(rs.getString("kind")), rs.getString("term"),
					rs.getString("refers_to")))
			.list();
		return new Lexicon(version(), entries);
	}

	long version() {
		return jdbc.sql("select version from monitoring_lexicon_version where id = 1").query(Long.class).single();
	}

	@Transactional(readOnly = true)
	public List<LexiconEntry> of(String electionCode) {
		requireElection(electionCode);
		return jdbc.sql("""
				select kind, term, refers_to from monitoring_lexicon_entry where election_code = :election
				order by kind, term
				""")
			.param("election", electionCode)
			.query((rs, n) -> new LexiconEntry(LexiconEntry.Kind.valueOf(rs.getString("kind")), rs.getString("term"),
					rs.getString("refers_to")))
			.list();
	}

	/**
	 * Replaces an election's lexicon with these entries (checked all at once: nothing changes when one is wrong;
	 * the same term twice under one kind is kept once).
	 */
	@Transactional
	public List<LexiconEntry> replace(String electionCode, List<LexiconEntry> entries) {
		requireElection(electionCode);
		List<LexiconEntry> checked = check(entries);
		jdbc.sql("delete from monitoring_lexicon_entry where election_code = :election")
			.param("election", electionCode)
			.update();
		for (LexiconEntry entry : checked) {
			jdbc.sql("""
					insert into monitoring_lexicon_entry (election_code, kind, term, refers_to)
					values (:election, :kind, :term, :refersTo)
					""")
				.param("election", electionCode)
				.param("kind", entry.kind().name())
				.param("term", entry.term())
				.param("refersTo", entry.refersTo())
				.update();
		}
		long version = bump();
		audit.record("monitoring.lexicon.replaced", electionCode, checked.size() + " entries, lexicon version "
				+ version);
		events.publishEvent(new Changed(electionCode, version));
		return of(electionCode);
	}

	/**
	 * The first lexicon, as Netra ships it: saved like an administrator's, unless a lexicon was saved meanwhile (two
	 * nodes starting together seed once).
	 */
	@Transactional
	List<LexiconEntry> seed(String electionCode, List<LexiconEntry> entries) {
		if (jdbc.sql("select version from monitoring_lexicon_version where id = 1 for update").query(Long.class)
			.single() > 0) {
			return of(electionCode);
		}
		return replace(electionCode, entries);
	}

	private long bump() {
		jdbc.sql("update monitoring_lexicon_version set version = version + 1 where id = 1").update();
		return version();
	}

	private void requireElection(String electionCode) {
		if (electionCode == null || electionCode.isBlank()) {
			throw DomainException.invalid("monitoring.lexicon.electionRequired");
		}
		if (elections.election(electionCode).isEmpty()) {
			throw DomainException.notFound("monitoring.lexicon.electionNotFound", String.valueOf(electionCode));
		}
	}

	static List<LexiconEntry> check(List<LexiconEntry> entries) {
		InvalidInput.Collector problems = new InvalidInput.Collector();
		if (entries == null) {
			problems.reject("entries", "validation.required");
			problems.throwIfAny();
		}
		if (entries.size() > MAX_ENTRIES) {
			problems.reject("entries", "monitoring.lexicon.tooMany", MAX_ENTRIES);
			problems.throwIfAny();
		}
		Set<String> seen = new LinkedHashSet<>();
		List<LexiconEntry> checked = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			LexiconEntry entry = entries.get(i);
			String field = "entries[" + i + "]";
			if (entry == null || entry.kind() == null) {
				problems.reject(field + ".kind", "validation.required");
				continue;
			}
			String term = entry.term() == null ? "" : entry.term().strip().replaceAll("\\s+", " ");
			if (entry.kind() == LexiconEntry.Kind.HASHTAG && term.startsWith("#")) {
				term = term.substring(1);
			}
			String refersTo = entry.refersTo() == null || entry.refersTo().isBlank() ? null : entry.refersTo().strip();
			if (term.isEmpty()) {
				problems.reject(field + ".term", "validation.required");
			}
			else if (term.length() > MAX_TERM || (refersTo != null && refersTo.length() > MAX_TERM)) {
				problems.reject(field + ".term", "validation.tooLongMax", MAX_TERM);
			}
			else if (seen.add(entry.kind() + "\u0000" + term.toLowerCase(Locale.ROOT))) {
				checked.add(new LexiconEntry(entry.kind(), term, refersTo));
			}
		}
		problems.throwIfAny();
		return checked;
	}
}
