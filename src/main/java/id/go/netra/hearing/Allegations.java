package id.go.netra.hearing;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.Texts;
import id.go.netra.audit.AuditTrail;
import id.go.netra.identity.Actor;
import id.go.netra.identity.Role;

/**
 * The allegation the task force phrases for the accused, in its own neutral words (ADR 0057): written at the
 * forwarding or later, changed until the employee answers, the review comes or the deadline passes. The notice and
 * the personal page show it under the fixed sentence; a notice already sent goes out again only when the officer
 * asks for it. The audit trail, which is read more widely than the case, gets the lengths, never the words.
 */
@Service
class Allegations {

	static final int MIN_LENGTH = 20;
	static final int MAX_LENGTH = 1_000;

	/** What the officer sends: the text, and whether a notice that went out already is to go out again. */
	record Request(String text, Boolean resendNotice) {
	}

	private final Hearings hearings;
	private final AuditTrail audit;
	private final Clock clock;

	Allegations(Hearings hearings, AuditTrail audit, Clock clock) {
		this.hearings = hearings;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether the notice went out again. */
	@Transactional
	boolean write(Actor actor, UUID caseId, Request request) {
		if (!actor.has(Role.TASK_FORCE)) {
			audit.recordRefusal("HEARING_ALLEGATION", String.valueOf(caseId), "roles " + actor.describeRoles());
			throw new DomainException("forbidden", 403, "hearing.allegation.taskForceOnly");
		}
		Hearing h = hearings.find(caseId)
			.filter(found -> actor.jurisdiction(Role.TASK_FORCE).map(where -> where.covers(found.regionCode())).orElse(false))
			.orElseThrow(() -> DomainException.notFound("hearing.allegation.noHearing"));
		Instant now = clock.instant();
		refuseWhenClosed(h, now);
		String text = checked(request == null ? null : request.text());
		boolean resend = request != null && Boolean.TRUE.equals(request.resendNotice());
		String before = h.allegation() == null ? null : h.allegation().text();
		if (text.equals(before) && !resend) {
			return false;
		}
		if (!hearings.writeAllegation(caseId, text, actor.displayName(), now)) {
			// the employee answered or the review came between reading and writing
			refuseWhenClosed(hearings.find(caseId).orElseThrow(), now);
			throw DomainException.conflict("hearing.allegation.closed");
		}
		boolean repeated = resend && hearings.repeatNotice(caseId, now);
		hearings.releaseHeldNotice(caseId, now);
		audit.record("HEARING_ALLEGATION", h.complaintNumber(), "uraian dugaan " + (before == null ? 0 : before.length())
				+ " -> " + text.length() + " karakter" + (repeated ? ", pemberitahuan dikirim ulang" : ""));
		return repeated;
	}

	private static void refuseWhenClosed(Hearing h, Instant now) {
		if (h.clarified()) {
			throw DomainException.conflict("hearing.allegation.answered");
		}
		if (!h.allegationChangeable(now)) {
			throw DomainException.conflict("hearing.allegation.closed");
		}
	}

	/** The text as kept: line breaks as {@code \n}, stripped, 20 to 1,000 characters. */
	private static String checked(String given) {
		String text = given == null ? "" : Texts.received(given).replace("\r\n", "\n").replace('\r', '\n').strip();
		InvalidInput.Collector problems = new InvalidInput.Collector();
		if (text.isEmpty()) {
			problems.reject("text", "hearing.allegation.required");
		}
		else if (text.length() < MIN_LENGTH || text.length() > MAX_LENGTH) {
			problems.reject("text", "hearing.allegation.length", MIN_LENGTH, MAX_LENGTH, text.length());
		}
		problems.throwIfAny();
		return text;
	}
}
