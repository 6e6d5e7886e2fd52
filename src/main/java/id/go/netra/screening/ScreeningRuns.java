package id.go.netra.screening;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import id.go.netra.DomainException;
import id.go.netra.audit.AuditTrail;
import id.go.netra.identity.Actor;
import id.go.netra.identity.Role;

/**
 * Runs the rotation-ban and retaliation checks: on demand by a reviewer of the source (or an administrator), and on
 * a schedule ({@code netra.screening.run-interval}, daily) where a node claims a due run by a conditional update.
 * Every run of a check holds its {@code screening_run} row, so two runs never overlap and a second finds nothing
 * new.
 */
@Service
public class ScreeningRuns {

	private static final Logger log = LoggerFactory.getLogger(ScreeningRuns.class);

	/** What a run answers: the check and how many new leads it found. */
	public record Run(String source, long leadsAdded) {
	}

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final RotationBans rotationBans;
	private final Retaliations retaliations;
	private final ScreeningSettings settings;
	private final AuditTrail audit;
	private final Clock clock;

	ScreeningRuns(JdbcClient jdbc, TransactionTemplate transactions, RotationBans rotationBans,
			Retaliations retaliations, ScreeningSettings settings, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.rotationBans = rotationBans;
		this.retaliations = retaliations;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
	}

	public Run runNow(Actor actor, LeadSource source) {
		if (source == LeadSource.PARTY_MEMBERSHIP || !(source.reviewedBy(actor) || actor.has(Role.ADMIN))) {
			audit.recordRefusal("screening.run", "source " + source, "roles " + actor.describeRoles());
			throw new DomainException("forbidden", 403, "screening.forbidden");
		}
		long added = transactions.execute(tx -> {
			jdbc.sql("select check_name from screening_run where check_name = :c for update")
				.param("c", source.name())
				.query(String.class)
				.single();
			return check(source).getAsLong();
		});
		return new Run(source.name(), added);
	}

	@Scheduled(fixedDelayString = "${netra.screening.poll-interval:PT10M}", initialDelayString = "PT30S")
	void runDue() {
		if (!settings.scheduled()) {
			return;
		}
		for (LeadSource source : new LeadSource[] { LeadSource.ROTATION_BAN, LeadSource.RETALIATION }) {
			try {
				transactions.executeWithoutResult(tx -> {
					OffsetDateTime now = OffsetDateTime.now(clock);
					int claimed = jdbc.sql("update screening_run set next_run_at = :next, last_run_at = :now"
							+ " where check_name = :c and next_run_at <= :now")
						.param("next", now.plus(settings.runInterval()))
						.param("now", now)
						.param("c", source.name())
						.update();
					if (claimed == 1) {
						long added = check(source).getAsLong();
						jdbc.sql("update screening_run set last_added = :added where check_name = :c")
							.param("added", added)
							.param("c", source.name())
							.update();
					}
				});
			}
			catch (RuntimeException e) {
				// the claim rolled back with the run: the next look tries again
				log.warn("Screening run {} failed: {}", source, e.toString());
			}
		}
	}

	private LongSupplier check(LeadSource source) {
		return source == LeadSource.ROTATION_BAN ? rotationBans::run : retaliations::run;
	}
}
