package id.go.netra.enforcement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.go.netra.DemoMode;
import id.go.netra.casework.Casework;

/**
 * In demo mode only: a synthetic demo case whose follow-up is late (casework's demo cases carry the mark
 * "(data demo sintetis)" in their summary) climbs its ladder without waiting five working days between rungs,
 * so a newcomer sees a warning, a reprimand, a block and a proposal to sanction the PPK minutes after starting
 * Netra. Every other ladder keeps its configured intervals.
 */
@Component
class DemoLadder {

	private static final Logger log = LoggerFactory.getLogger(DemoLadder.class);

	static final String DEMO_MARK = "(data demo sintetis)";

	private final DemoMode demo;
	private final Casework casework;
	private final JdbcClient jdbc;

	DemoLadder(DemoMode demo, Casework casework, JdbcClient jdbc) {
		this.demo = demo;
		this.casework = casework;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(ControlActionTaken action) {
		if (!demo.enabled() || action.level().next() == null) {
			return;
		}
		boolean demoCase = casework.load(action.caseId())
			.map(c -> c.summary() != null && c.summary().contains(DEMO_MARK))
			.orElse(false);
		if (!demoCase) {
			return;
		}
		int moved = jdbc.sql("update control_ladder set next_at = :now where case_id = :caseId and next_at > :now")
			.param("now", BlockRows.at(action.at()))
			.param("caseId", action.caseId())
			.update();
		if (moved == 1) {
			log.warn("Demo: the ladder of {} climbs to its next rung now, not after its interval (demo data only)",
					action.complaintNumber());
		}
	}
}
