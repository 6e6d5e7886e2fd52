package id.go.netra.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import id.go.netra.casework.CaseStatus;
import id.go.netra.casework.FollowUpAudit;
import id.go.netra.casework.Snapshots;
import id.go.netra.casework.Stage;
import id.go.netra.casework.Transition;

/** Who is told after which transition, how long a failed mail waits, and how a deadline reads in a mail. */
class NotificationUnitTests {

	@Test
	void theAgencyOfTheNewStageActsAfterAHandOverAndNobodyAfterNotesOrClosing() {
		assertThat(next(null, CaseStatus.RECEIVED, null, Transition.OPENED)).contains(Stage.VERIFICATION);
		assertThat(next(CaseStatus.RECEIVED, CaseStatus.IN_REVIEW, null, Transition.VERIFIED)).contains(Stage.REVIEW);
		assertThat(next(CaseStatus.IN_REVIEW, CaseStatus.PROVEN, null, Transition.REVIEWED_PROVEN))
			.contains(Stage.FORWARDING);
		assertThat(next(CaseStatus.PROVEN, CaseStatus.AWAITING_FOLLOW_UP, null, Transition.RECOMMENDATION_ISSUED))
			.contains(Stage.FOLLOW_UP);
		// the auditor sent a lighter sanction back: the PPK must act again, on a new deadline
		assertThat(next(CaseStatus.AWAITING_FOLLOW_UP, CaseStatus.AWAITING_FOLLOW_UP, FollowUpAudit.SENT_BACK,
				Transition.FOLLOW_UP_SENT_BACK)).contains(Stage.FOLLOW_UP);
		assertThat(next(CaseStatus.AWAITING_FOLLOW_UP, CaseStatus.AWAITING_FOLLOW_UP, FollowUpAudit.PENDING,
				Transition.FOLLOW_UP_NOT_IN_ACCORDANCE)).contains(Stage.AUDIT);

		assertThat(next(CaseStatus.IN_REVIEW, CaseStatus.IN_REVIEW, null, Transition.DEADLINE_PASSED)).isEmpty();
		assertThat(next(CaseStatus.IN_REVIEW, CaseStatus.IN_REVIEW, null, Transition.IDENTITY_RESOLVED)).isEmpty();
		assertThat(next(CaseStatus.RECEIVED, CaseStatus.REJECTED, null, Transition.REJECTED)).isEmpty();
		assertThat(next(CaseStatus.AWAITING_FOLLOW_UP, CaseStatus.SANCTIONED, null, Transition.FOLLOW_UP_RECORDED))
			.isEmpty();
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

	private static Optional<Stage> next(CaseStatus before, CaseStatus after, FollowUpAudit audit,
			Transition transition) {
		return CaseNotices.nextStage(Snapshots.changed(before, Snapshots.inStatus(after, audit), transition));
	}
}
