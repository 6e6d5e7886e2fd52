package id.go.netra.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import id.go.netra.DomainException;
import id.go.netra.catalog.SanctionLevel;
import id.go.netra.identity.Actor;
import id.go.netra.identity.Jurisdiction;
import id.go.netra.identity.Role;

/**
 * The whole state chart of a case: every transition tried from every stage. Where {@link Transition#from()}
 * allows it, the case makes it (its status becomes {@link Transition#to()}, or stays, and the history gets the
 * step); everywhere else it is refused with 409 and the case is left as it was.
 */
class CaseStateChartUnitTests {

	private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
	private static final Instant LATER = NOW.plusSeconds(3600);

	private static final CaseSnapshot.Subject SUBJECT = new CaseSnapshot.Subject(true, 1L, "198503152010011001",
			null, "Uji (sintetis)", "PEMDA-32", "JPT", "Kepala Dinas", "32.73");

	/** How each transition is asked of a case: through the method casework calls for it. */
	private static final Map<Transition, Consumer<Case>> ASKED = new java.util.EnumMap<>(Map.ofEntries(
			Map.entry(Transition.VERIFIED, c -> c.forwardToReview("ok", NOW, LATER)),
			Map.entry(Transition.REJECTED, c -> c.reject(RejectReason.NOT_ABOUT_NEUTRALITY, null, null, NOW)),
			Map.entry(Transition.IDENTITY_RESOLVED, c -> c.resolveIdentity(SUBJECT, NOW)),
			Map.entry(Transition.QUESTION_TO_REPORTER, c -> c.note(Transition.QUESTION_TO_REPORTER, null)),
			Map.entry(Transition.DUPLICATE_MERGED, c -> c.note(Transition.DUPLICATE_MERGED, "NTR-2026-0000002")),
			Map.entry(Transition.REVIEWED_PROVEN,
					c -> c.reviewProven(List.of("DISIPLIN-02"), false, null, null, SanctionLevel.HEAVY, NOW, LATER)),
			Map.entry(Transition.REVIEWED_NOT_PROVEN, c -> c.reviewNotProven(false, null, null, NOW)),
			Map.entry(Transition.REPEAT_OFFENCE, c -> c.note(Transition.REPEAT_OFFENCE, "1 sanksi sebelumnya")),
			Map.entry(Transition.RECOMMENDATION_ISSUED, c -> c.forwardToStaffingAuthority(null, null, NOW, LATER)),
			Map.entry(Transition.FOLLOW_UP_RECORDED, c -> c.recordFollowUp(followUp(true), NOW)),
			Map.entry(Transition.FOLLOW_UP_NOT_IN_ACCORDANCE, c -> c.recordFollowUp(followUp(false), NOW)),
			Map.entry(Transition.FOLLOW_UP_ACCEPTED, c -> c.acceptFollowUp(null, NOW)),
			Map.entry(Transition.FOLLOW_UP_SENT_BACK, c -> c.sendBackFollowUp("terlalu ringan", NOW, LATER)),
			Map.entry(Transition.CANCELLED, c -> c.cancel("dicabut", NOW)),
			Map.entry(Transition.SEPARATED, c -> c.separate("pensiun", NOW)),
			Map.entry(Transition.DEADLINE_PASSED, c -> c.markOverdue(NOW)),
			Map.entry(Transition.ASSIGNED, c -> c.assign("satgas", "Rina (sintetis)", NOW)),
			Map.entry(Transition.UNASSIGNED, c -> {
				if (c.stage() != Stage.CLOSED) {
					c.assign("satgas", "Rina (sintetis)", NOW);
				}
				c.unassign(NOW);
			}),
			Map.entry(Transition.CONTROL_WARNING, c -> c.note(Transition.CONTROL_WARNING, "B-1/2026")),
			Map.entry(Transition.CONTROL_REPRIMAND, c -> c.note(Transition.CONTROL_REPRIMAND, "B-2/2026")),
			Map.entry(Transition.CONTROL_BLOCKED, c -> c.note(Transition.CONTROL_BLOCKED, "B-3/2026"))));

	static Stream<Arguments> everyTransitionFromEveryStage() {
		return EnumSet.complementOf(EnumSet.of(Transition.OPENED))
			.stream()
			.flatMap(t -> Stream.of(Stage.values()).map(stage -> Arguments.of(t, stage)));
	}

	@ParameterizedTest(name = "{0} from {1}")
	@MethodSource("everyTransitionFromEveryStage")
	void aTransitionHappensExactlyFromTheStagesItNames(Transition transition, Stage stage) {
		Case c = caseIn(stage);
		CaseStatus before = c.status();
		int stepsBefore = c.steps().size();
		if (transition.allowedFrom(stage)) {
			ASKED.get(transition).accept(c);
			Case.Step last = c.steps().get(c.steps().size() - 1);
			assertThat(last.transition()).isEqualTo(transition);
			assertThat(last.from()).isEqualTo(before);
			assertThat(c.status()).isEqualTo(transition.to() == null ? before : transition.to());
			assertThat(last.to()).isEqualTo(c.status());
			assertThat(c.stage() == Stage.CLOSED).isEqualTo(transition.closes() || stage == Stage.CLOSED);
		}
		else {
			assertThatThrownBy(() -> ASKED.get(transition).accept(c)).isInstanceOfSatisfying(DomainException.class,
					refused -> assertThat(refused.status()).isEqualTo(409));
			assertThat(c.status()).isEqualTo(before);
			assertThat(c.stage()).isEqualTo(stage);
			assertThat(c.steps()).hasSize(stepsBefore);
		}
	}

	@Test
	void everyTransitionButTheOpeningIsAskedThroughTheCase() {
		assertThat(ASKED.keySet()).isEqualTo(EnumSet.complementOf(EnumSet.of(Transition.OPENED)));
	}

	@Test
	void aCaseOpensReceivedForTheTaskForceWithItsVerificationDeadline() {
		Case c = caseIn(Stage.VERIFICATION);
		assertThat(c.steps()).extracting(Case.Step::transition).containsExactly(Transition.OPENED);
		assertThat(c.status()).isEqualTo(CaseStatus.RECEIVED);
		assertThat(c.stage().actingRole()).contains(Role.TASK_FORCE);
	}

	@Test
	void theLighterFollowUpWaitsForTheAuditorWhoAcceptsOrSendsItBackToThePpk() {
		Case sentBack = caseIn(Stage.AUDIT);
		assertThat(sentBack.stage().actingRole()).contains(Role.AUDITOR);
		sentBack.sendBackFollowUp("terlalu ringan", NOW, LATER);
		assertThat(sentBack.stage()).isEqualTo(Stage.FOLLOW_UP);
		assertThat(sentBack.snapshot().followUp().audit()).isEqualTo(FollowUpAudit.SENT_BACK);

		Case accepted = caseIn(Stage.AUDIT);
		accepted.acceptFollowUp(null, NOW);
		assertThat(accepted.status()).isEqualTo(CaseStatus.SANCTIONED);
		assertThat(accepted.snapshot().sanctioned()).isTrue();
	}

	@Test
	void eachStageIsTheTurnOfOneRoleWhoseActionsItOffers() {
		Map<Stage, Set<CaseAction>> offered = Map.of(
				Stage.VERIFICATION, EnumSet.of(CaseAction.VERIFY, CaseAction.RESOLVE_IDENTITY, CaseAction.MERGE,
						CaseAction.ASK_REPORTER, CaseAction.CANCEL, CaseAction.SEPARATE, CaseAction.ASSIGN),
				Stage.REVIEW, EnumSet.of(CaseAction.REVIEW, CaseAction.ASSIGN),
				Stage.FORWARDING, EnumSet.of(CaseAction.RECOMMEND, CaseAction.CANCEL, CaseAction.SEPARATE,
						CaseAction.ASSIGN),
				Stage.FOLLOW_UP, EnumSet.of(CaseAction.FOLLOW_UP, CaseAction.SEPARATE, CaseAction.ASSIGN),
				Stage.AUDIT, EnumSet.of(CaseAction.AUDIT_FOLLOW_UP, CaseAction.ASSIGN),
				Stage.CLOSED, EnumSet.noneOf(CaseAction.class));
		for (Stage stage : Stage.values()) {
			CaseSnapshot c = caseIn(stage).snapshot();
			Role role = stage.actingRole().orElse(null);
			if (role == null) {
				assertThat(CaseAction.available(actor(Role.TASK_FORCE), c)).as(stage.name()).isEmpty();
				continue;
			}
			assertThat(Set.copyOf(CaseAction.available(actor(role), c))).as(stage.name())
				.isEqualTo(offered.get(stage));
		}
	}

	private static Actor actor(Role role) {
		return new Actor("uji", "Uji (sintetis)", Actor.Kind.USER, "PEMDA-32", "Pemprov Jabar",
				Map.of(role, Jurisdiction.NATIONAL));
	}

	private static Case caseIn(Stage stage) {
		Case c = Case.open(UUID.randomUUID(), "NTR-2026-0000001", 1L, "PUBLIC_REPORT", "Uji", "Pemprov Jabar",
				LocalDate.of(2026, 11, 17), "32.73", "Unggahan kampanye (sintetis)", NOW, SUBJECT, LATER);
		switch (stage) {
			case VERIFICATION -> {
			}
			case REVIEW -> c.forwardToReview(null, NOW, LATER);
			case FORWARDING -> {
				c.forwardToReview(null, NOW, LATER);
				c.reviewProven(List.of("DISIPLIN-02"), false, null, null, SanctionLevel.HEAVY, NOW, LATER);
			}
			case FOLLOW_UP, AUDIT -> {
				c.forwardToReview(null, NOW, LATER);
				c.reviewProven(List.of("DISIPLIN-02"), false, null, null, SanctionLevel.HEAVY, NOW, LATER);
				c.forwardToStaffingAuthority(null, null, NOW, LATER);
				if (stage == Stage.AUDIT) {
					c.recordFollowUp(followUp(false), NOW);
				}
			}
			case CLOSED -> c.cancel("dicabut", NOW);
		}
		assertThat(c.stage()).isEqualTo(stage);
		return c;
	}

	private static CaseSnapshot.FollowUp followUp(boolean inAccordance) {
		return new CaseSnapshot.FollowUp(inAccordance ? "BERAT-TURUN-JABATAN" : "RINGAN-TEGURAN-LISAN", "800/1/2026",
				LocalDate.of(2026, 11, 20), null, NOW, inAccordance, inAccordance ? null : FollowUpAudit.PENDING,
				inAccordance ? null : "alasan (sintetis)");
	}
}
