package id.go.netra.reporting;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import id.go.netra.identity.Actor;
import id.go.netra.identity.Role;

/** Who filed a report and in what capacity. */
public enum ReportKind {
	/** A citizen, through the public form or API, without an account. */
	PUBLIC_REPORT,
	/** A member of the neutrality task force (Satgas). */
	TASK_FORCE_REPORT,
	/** Bawaslu's own finding (temuan). */
	SUPERVISOR_FINDING,
	/** Bawaslu's recommendation, forwarded after its own review. */
	SUPERVISOR_RECOMMENDATION,
	/** The task force's finding from social-media monitoring: a post a reviewer marked as a lead. */
	MONITORING_FINDING,
	/** A complaint SP4N-LAPOR! forwarded to Netra, with its LAPOR! tracking number; the reporter follows it there. */
	LAPOR_COMPLAINT,
	/** The task force's finding from screening: a lead (an employee on a party's list) opened as a case. */
	SCREENING_FINDING,
	/**
	 * An ASN under pressure (a superior, a candidate or a campaign team demanding support), through the confidential
	 * channel without an account: the reported is the person who pressed, never the ASN; the reporter is sealed and
	 * follows it with the receipt code like a citizen (ADR 0049).
	 */
	PRESSURE_REPORT;

	/** Filed without an account, with a receipt code and a sealed reporter the task force may ask. */
	public boolean isPublic() {
		return this == PUBLIC_REPORT || this == PRESSURE_REPORT;
	}

	/**
	 * The role an officer needs to file this kind for their agency, as {@link Reports#fileForAgency} enforces it;
	 * none for the citizen's report, which no account files.
	 */
	public Optional<Role> filer() {
		return switch (this) {
			case PUBLIC_REPORT, LAPOR_COMPLAINT, PRESSURE_REPORT -> Optional.empty();
			case TASK_FORCE_REPORT, MONITORING_FINDING, SCREENING_FINDING -> Optional.of(Role.TASK_FORCE);
			case SUPERVISOR_FINDING, SUPERVISOR_RECOMMENDATION -> Optional.of(Role.ELECTION_SUPERVISOR);
		};
	}

	/** Whether an officer files this kind on the agency form or API; monitoring and screening findings come from queues. */
	public boolean filedOnForms() {
		return this != MONITORING_FINDING && this != LAPOR_COMPLAINT && this != SCREENING_FINDING
				&& this != PRESSURE_REPORT;
	}

	/** The kinds the officer may file for their agency on the form (none for most roles), in this order. */
	public static List<ReportKind> fileableBy(Actor officer) {
		return Arrays.stream(values())
			.filter(ReportKind::filedOnForms)
			.filter(kind -> kind.filer().filter(officer::has).isPresent())
			.toList();
	}
}
