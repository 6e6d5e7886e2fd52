package id.go.netra.pacts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A pact campaign: for one employer ({@code employerCode}), or cascaded by BKN or a ministry to many
 * ({@code employerCode} null; each employer's share is a child campaign with {@code parentId} set).
 */
record Campaign(UUID id, UUID parentId, String employerCode, String provinceCode, String openedByAgency,
		String title, String electionCode, LocalDate deadline, int textVersion, Instant createdAt) {

	boolean cascading() {
		return employerCode == null;
	}
}
