package id.go.netra.pacts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A campaign as the API and the pages show it: its fields, its employer (null for a cascade, which names how many
 * employers it reaches), the version and SHA-256 of its wording, and its coverage.
 */
record CampaignView(UUID id, UUID parentId, String title, String election, LocalDate deadline, String employerCode,
		String employerName, String openedBy, int textVersion, String textSha256, Instant createdAt, int employers,
		Coverage coverage) {
}
