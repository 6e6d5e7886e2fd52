package id.go.netra.sharing;

import java.time.Instant;
import java.util.UUID;

/**
 * One event as the outbox holds it: the payload other systems receive, and beside it the columns that decide who
 * may receive it (those {@code CaseScope} restricts on). {@code forwardedAt} is when BKN forwarded the
 * recommendation: null before, so an employer's PPK never hears of a case earlier than the API would show it.
 */
record IntegrationEvent(UUID id, EventType type, UUID caseId, String complaintNumber, String regionCode,
		String workRegionCode, String employerCode, Instant forwardedAt, Instant occurredAt, String payload) {
}
