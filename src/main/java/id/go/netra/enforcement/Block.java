package id.go.netra.enforcement;

import java.time.Instant;
import java.util.UUID;

/**
 * A block on personnel data and/or services (pemblokiran, Peraturan BKN 1/2023): while it is in force the
 * employee (or every employee of the employer) stays salaried but gets no promotion, transfer or pension
 * processing. Placed by the control ladder or by an auditor by hand; lifted once the PPK has imposed the
 * sanction, or by an auditor with a reason.
 */
public record Block(UUID id, Scope scope, String nip, String employeeName, String employerCode, Blocked blocks,
		Type type, String legalBasis, String reason, UUID caseId, String complaintNumber, Instant placedAt,
		String placedBy, String placedByName, String placedByAgency, UUID letterId, Instant liftedAt, String liftedBy,
		String liftedByName, String liftReason, UUID liftLetterId, int version) {

	/** Whom the block covers. */
	public enum Scope {
		EMPLOYEE, EMPLOYER
	}

	/** What is blocked. */
	public enum Blocked {
		DATA, SERVICES, BOTH
	}

	/** The two kinds of Peraturan BKN 1/2023: non-compliance with the norms, or with crucial and massive impact. */
	public enum Type {
		NORM_NON_COMPLIANCE, CRUCIAL_IMPACT
	}

	public boolean active() {
		return liftedAt == null;
	}
}
