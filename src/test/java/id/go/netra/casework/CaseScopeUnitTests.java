package id.go.netra.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.go.netra.catalog.SanctionLevel;
import id.go.netra.identity.Actor;
import id.go.netra.identity.Jurisdiction;
import id.go.netra.identity.Role;

/** The PPK's part of the case scope: its employer's cases from BKN's recommendation on, never the conversation. */
class CaseScopeUnitTests {

	static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");

	static final Actor PPK = actor(Map.of(Role.PPK, Jurisdiction.NATIONAL));

	@Test
	void aPpkSeesItsEmployersCaseOnlyOnceTheRecommendationIsForwardedAndKeepsItWhenItIsClosedAfterwards() {
		Case c = received();
		assertThat(CaseScope.of(PPK).employerOnly()).isTrue();
		assertThat(CaseScope.of(PPK).covers(c.snapshot())).as("RECEIVED").isFalse();
		c.forwardToReview(null, NOW, NOW);
		assertThat(CaseScope.of(PPK).covers(c.snapshot())).as("IN_REVIEW").isFalse();
		c.reviewProven(List.of("DISIPLIN-02"), false, null, null, SanctionLevel.HEAVY, NOW, NOW);
		assertThat(CaseScope.of(PPK).covers(c.snapshot())).as("PROVEN").isFalse();
		assertThat(CaseAction.available(PPK, c.snapshot())).as("PROVEN").isEmpty();

		c.forwardToStaffingAuthority("BERAT-TURUN-JABATAN", null, NOW, NOW);
		assertThat(CaseScope.of(PPK).covers(c.snapshot())).as("AWAITING_FOLLOW_UP").isTrue();
		assertThat(CaseAction.available(PPK, c.snapshot())).contains(CaseAction.FOLLOW_UP, CaseAction.SEPARATE);
		c.cancel("Pelapor mencabut laporan", NOW);
		assertThat(CaseScope.of(PPK).covers(c.snapshot())).as("CANCELLED after forwarding").isTrue();
		assertThat(CaseScope.of(PPK).seesReporterMessages(c.snapshot())).isFalse();
	}

	@Test
	void aCaseClosedBeforeTheRecommendationNeverReachesThePpkNorDoesAnotherEmployersCase() {
		Case cancelled = received();
		cancelled.forwardToReview(null, NOW, NOW);
		cancelled.cancel("Pelapor mencabut laporan", NOW);
		assertThat(CaseScope.of(PPK).covers(cancelled.snapshot())).isFalse();

		Case elsewhere = forwarded();
		Actor otherPpk = new Actor("ppk.jateng", "PPK Jateng", Actor.Kind.USER, "PEMDA-33", "Pemprov Jateng",
				Map.of(Role.PPK, Jurisdiction.NATIONAL));
		assertThat(CaseScope.of(otherPpk).covers(elsewhere.snapshot())).isFalse();
		assertThat(CaseAction.available(otherPpk, elsewhere.snapshot())).isEmpty();
	}

	@Test
	void aPersonHoldingPpkAndAnotherRoleKeepsWhatTheOtherRoleAllows() {
		Map<Role, Jurisdiction> roles = new HashMap<>();
		roles.put(Role.PPK, Jurisdiction.NATIONAL);
		roles.put(Role.ELECTION_SUPERVISOR, Jurisdiction.of(Set.of("32")));
		Actor both = actor(roles);
		Case c = received();
		assertThat(CaseScope.of(both).employerOnly()).isFalse();
		assertThat(CaseScope.of(both).covers(c.snapshot())).isTrue();
		assertThat(CaseScope.of(both).seesReporterMessages(c.snapshot())).isTrue();
		// as PPK it may not act before the recommendation: separating is not offered
		assertThat(CaseAction.available(both, c.snapshot())).doesNotContain(CaseAction.SEPARATE);
	}

	private static Actor actor(Map<Role, Jurisdiction> roles) {
		return new Actor("ppk.jabar", "PPK Jabar", Actor.Kind.USER, "PEMDA-32", "Pemerintah Provinsi Jawa Barat",
				roles);
	}

	private static Case received() {
		CaseSnapshot.Subject subject = new CaseSnapshot.Subject(true, 1L, "198503152010011001", null, "Uji (sintetis)", "PEMDA-32",
				"JPT", "Kepala Dinas", "32.73");
		return Case.open(UUID.randomUUID(), "NTR-2026-0000001", 1L, "PUBLIC_REPORT", "Uji", "Pemprov Jabar",
				LocalDate.of(2026, 11, 17), "32.73", "Unggahan kampanye", NOW, subject, NOW);
	}

	private static Case forwarded() {
		Case c = received();
		c.forwardToReview(null, NOW, NOW);
		c.reviewProven(List.of("DISIPLIN-02"), false, null, null, SanctionLevel.HEAVY, NOW, NOW);
		c.forwardToStaffingAuthority("BERAT-TURUN-JABATAN", null, NOW, NOW);
		return c;
	}
}
