package id.go.netra.fostering;

import id.go.netra.DomainException;
import id.go.netra.identity.Actor;
import id.go.netra.identity.Role;

/**
 * Who sends reminders to whom: BKN with a national jurisdiction to any employer or to all; a PPK only to its own
 * employer's staff (the audience is always its own, whatever it asks). Anyone else may not send.
 */
final class ReminderScope {

	private ReminderScope() {
	}

	static boolean national(Actor actor) {
		return actor.jurisdiction(Role.CIVIL_SERVICE_AGENCY).map(where -> where.national()).orElse(false);
	}

	static void requireSender(Actor actor) {
		if (!national(actor) && !actor.has(Role.PPK)) {
			throw new DomainException("forbidden", 403, "reminders.forbidden");
		}
	}

	/** The employer the actor's audience is limited to: the one asked for by BKN (null for all), its own for a PPK. */
	static String employer(Actor actor, String asked) {
		requireSender(actor);
		if (national(actor)) {
			return asked == null || asked.isBlank() ? null : asked.trim();
		}
		if (asked != null && !asked.isBlank() && !asked.trim().equals(actor.agencyCode())) {
			throw new DomainException("forbidden", 403, "reminders.otherEmployer");
		}
		return actor.agencyCode();
	}

	/** Whether the actor reads a reminder: BKN all; a PPK those its agency sent or that reached its staff. */
	static boolean sees(Actor actor, String senderAgency, String employerCode) {
		return national(actor) || actor.has(Role.PPK)
				&& (actor.agencyCode().equals(senderAgency) || actor.agencyCode().equals(employerCode));
	}
}
