package id.go.netra.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;

import id.go.netra.casework.CaseStatus;
import id.go.netra.casework.CaseTransitioned;

/** The ladder is registered only for the transitions it acts on, and for every one of them. */
class ControlLadderConditionTests {

	@ParameterizedTest
	@CsvSource({ "RECOMMENDATION_ISSUED, true", "FOLLOW_UP_SENT_BACK, true", "REVIEWED_PROVEN, true",
			"REVIEWED_NOT_PROVEN, true", "CANCELLED, true", "SEPARATED, true", "OPENED, false", "VERIFIED, false",
			"ASSIGNED, false" })
	void registeredForTheTransitionsItActsOn(String transition, boolean registered) {
		CaseTransitioned moved = new CaseTransitioned(UUID.randomUUID(), "ADU-2026-000001", transition,
				CaseStatus.RECEIVED, CaseStatus.RECEIVED, "PEMDA-32", "32", null, Instant.now());
		StandardEvaluationContext context = new StandardEvaluationContext();
		context.setVariable("moved", moved);
		assertThat(new SpelExpressionParser().parseExpression(ControlLadder.ACTS_ON).getValue(context, Boolean.class))
			.isEqualTo(registered);
	}
}
