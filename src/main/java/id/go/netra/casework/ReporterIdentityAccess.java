package id.go.netra.casework;

import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.go.netra.DomainException;
import id.go.netra.identity.Actor;
import id.go.netra.reporting.ReporterIdentity;
import id.go.netra.reporting.Reports;

/**
 * Opens a reporter's identity for the task force, on a stated reason, for the API and the case page alike: a case
 * the officer may not see is not found (as everywhere), and reporting refuses every other role, checks the reason
 * and audits the reading as {@code REPORTER_IDENTITY_VIEWED}.
 */
@Component
class ReporterIdentityAccess {

	/**
	 * What the task force gets: the identity of a named reporter, or {@code anonymous} with a sentence saying that
	 * there is nobody to name (an anonymous report, or an agency's).
	 */
	record Shown(boolean anonymous, String name, String email, String phone, String nip, String message) {
	}

	private final Casework casework;
	private final Reports reports;
	private final MessageSource messages;

	ReporterIdentityAccess(Casework casework, Reports reports, MessageSource messages) {
		this.casework = casework;
		this.reports = reports;
		this.messages = messages;
	}

	Shown reveal(Actor actor, UUID caseId, String reason, Locale locale) {
		CaseSnapshot c = casework.find(actor, caseId)
			.orElseThrow(() -> DomainException.notFound("casework.case.notFound", caseId.toString()));
		return reports.revealReporter(c.reportId(), actor, reason)
			.map(who -> new Shown(false, who.name(), who.email(), who.phone(), who.nip(), null))
			.orElseGet(() -> new Shown(true, null, null, null, null,
					messages.getMessage("reporting.identity.anonymous", null, locale)));
	}
}
