package id.go.netra.casework;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The PPK's follow-up as the case page sends it; the decree PDF comes as its own part. */
record FollowUpForm(String sanction, String decreeNumber,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decreeDate) {

	CaseRequests.FollowUp request() {
		return new CaseRequests.FollowUp(sanction, decreeNumber, decreeDate);
	}
}
