package id.go.netra.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.go.netra.casework.CaseStatus;
import id.go.netra.casework.CaseTransitioned;

/** Who is told after which transition, how long a failed mail waits, and how a deadline reads in a mail. */
class NotificationUnitTests {

	@Test
	void theAgencyOfTheNewStatusActsAfterAHandOverAndNobodyAfterNotesOrClosing() {
		assertThat(CaseNotices.nextStage(moved("OPENED", null, CaseStatus.RECEIVED))).contains(Stage.VERIFICATION);
		assertThat(CaseNotices.nextStage(moved("VERIFIED", CaseStatus.RECEIVED, CaseStatus.IN_REVIEW)))
			.contains(Stage.REVIEW);
		assertThat(CaseNotices.nextStage(moved("REVIEWED_PROVEN", CaseStatus.IN_REVIEW, CaseStatus.PROVEN)))
			.contains(Stage.FORWARDING);
		assertThat(CaseNotices.nextStage(moved("RECOMMENDATION_ISSUED", CaseStatus.PROVEN,
				CaseStatus.AWAITING_FOLLOW_UP))).contains(Stage.FOLLOW_UP);
		// the auditor sent a lighter sanction back: the PPK must act again, on a new deadline
		assertThat(CaseNotices.nextStage(moved("FOLLOW_UP_SENT_BACK", CaseStatus.AWAITING_FOLLOW_UP,
				CaseStatus.AWAITING_FOLLOW_UP))).contains(Stage.FOLLOW_UP);
		assertThat(CaseNotices.nextStage(moved("FOLLOW_UP_NOT_IN_ACCORDANCE", CaseStatus.AWAITING_FOLLOW_UP,
				CaseStatus.AWAITING_FOLLOW_UP))).contains(Stage.AUDIT);

		assertThat(CaseNotices.nextStage(moved("ASSIGNED", CaseStatus.RECEIVED, CaseStatus.RECEIVED))).isEmpty();
		assertThat(CaseNotices.nextStage(moved("DEADLINE_PASSED", CaseStatus.IN_REVIEW, CaseStatus.IN_REVIEW)))
			.isEmpty();
		assertThat(CaseNotices.nextStage(moved("REJECTED", CaseStatus.RECEIVED, CaseStatus.REJECTED))).isEmpty();
		assertThat(CaseNotices.nextStage(moved("FOLLOW_UP_RECORDED", CaseStatus.AWAITING_FOLLOW_UP,
				CaseStatus.SANCTIONED))).isEmpty();
	}

	@Test
	void aFailedMailWaitsTwiceAsLongEachTimeButNeverMoreThanAnHour() {
		NotificationSettings settings = new NotificationSettings("netra@localhost", Duration.ofSeconds(10), 8,
				Duration.ofSeconds(30));
		assertThat(settings.backoffAfter(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(settings.backoffAfter(2)).isEqualTo(Duration.ofMinutes(1));
		assertThat(settings.backoffAfter(4)).isEqualTo(Duration.ofMinutes(4));
		assertThat(settings.backoffAfter(20)).isEqualTo(Duration.ofHours(1));
		assertThatThrownBy(
				() -> new NotificationSettings("a@b.c", Duration.ofSeconds(1), 0, Duration.ofSeconds(1)))
			.hasMessageContaining("max-attempts");
	}

	@Test
	void aDeadlineReadsInWesternIndonesianTime() {
		assertThat(NoticeTexts.deadline(Instant.parse("2026-11-25T16:59:59Z")))
			.isEqualTo("25 November 2026, 23.59 WIB");
		assertThat(NoticeTexts.deadline(Instant.parse("2026-08-01T01:05:00Z")))
			.isEqualTo("1 Agustus 2026, 08.05 WIB");
	}

	@Test
	void aDeadlineAtMidnightReadsAsTheDayBefore() {
		assertThat(NoticeTexts.deadline(Instant.parse("2026-12-09T17:00:00Z"))).isEqualTo("9 Desember 2026");
	}

	private static CaseTransitioned moved(String transition, CaseStatus from, CaseStatus to) {
		Instant now = Instant.parse("2026-11-23T03:00:00Z");
		return new CaseTransitioned(UUID.randomUUID(), "NTR-2026-0000001", transition, from, to, "PEMDA-32", "32.73",
				Optional.of(to).filter(CaseStatus::isOpen).map(s -> now.plusSeconds(3600)).orElse(null), now);
	}
}
