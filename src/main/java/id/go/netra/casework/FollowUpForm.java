package id.go.netra.casework;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The PPK's follow-up as the case page sends it; the decree PDF comes as its own part. Serializable, as a
 * refused form waits in the session as a flash attribute to come back as typed.
 */
record FollowUpForm(String sanction, String decreeNumber,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decreeDate, String lighterReason)
		implements java.io.Serializable {

	/** The form as it opens: the sanction BKN recommended preselected, when it named one. */
	static FollowUpForm preselecting(CaseDetails.Recommendation recommendation) {
		return new FollowUpForm(recommendation == null ? null : recommendation.sanction(), null, null, null);
	}

	CaseRequests.FollowUp request() {
		return new CaseRequests.FollowUp(sanction, decreeNumber, decreeDate, lighterReason);
	}
}
