package id.go.netra.enforcement;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import id.go.netra.documents.Letters;

/**
 * A case without an incident date counts the offences decided before today in Jakarta: at 18:00 UTC it is already
 * tomorrow there, so a sanction decreed "today" in Jakarta is a prior offence (the server's day would leave it out
 * and the review would recommend one level lighter between 17:00 and 24:00 UTC).
 */
class CaseEnforcementViewUnitTests {

	@Test
	void withoutAnIncidentDateTheDayIsJakartasNotTheServers() {
		DisciplineRegister register = mock(DisciplineRegister.class);
		Clock evening = Clock.fixed(Instant.parse("2026-12-06T18:00:00Z"), ZoneOffset.UTC);
		CaseEnforcementView view = new CaseEnforcementView(mock(LadderRows.class), mock(Blocks.class),
				mock(Letters.class), mock(CriminalReferrals.class), register, evening);

		view.priorOffences("196101011990011001", null);

		verify(register).priorOffences("196101011990011001", LocalDate.of(2026, 12, 7));
	}

	@Test
	void anIncidentDateIsKept() {
		DisciplineRegister register = mock(DisciplineRegister.class);
		CaseEnforcementView view = new CaseEnforcementView(mock(LadderRows.class), mock(Blocks.class),
				mock(Letters.class), mock(CriminalReferrals.class), register,
				Clock.fixed(Instant.parse("2026-12-06T18:00:00Z"), ZoneOffset.UTC));

		view.priorOffences("196101011990011001", LocalDate.of(2026, 11, 2));

		verify(register).priorOffences("196101011990011001", LocalDate.of(2026, 11, 2));
	}
}
