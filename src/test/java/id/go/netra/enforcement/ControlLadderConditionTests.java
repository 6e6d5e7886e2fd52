package id.go.netra.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.modulith.events.ApplicationModuleListener;

import id.go.netra.casework.CaseChanged;
import id.go.netra.casework.CaseStatus;
import id.go.netra.casework.Snapshots;
import id.go.netra.casework.Transition;

/**
 * The ladder is registered only for the transitions it acts on, and for every one of them: its listener's
 * condition, as Spring evaluates it, against every transition there is.
 */
class ControlLadderConditionTests {

	@ParameterizedTest
	@EnumSource(Transition.class)
	void registeredExactlyForTheTransitionsItActsOn(Transition transition) throws Exception {
		Method on = Arrays.stream(ControlLadder.class.getDeclaredMethods())
			.filter(m -> m.isAnnotationPresent(ApplicationModuleListener.class)
					&& m.getParameterTypes()[0] == CaseChanged.class)
			.findFirst()
			.orElseThrow();
		String condition = on.getAnnotation(ApplicationModuleListener.class).condition();
		StandardEvaluationContext context = new StandardEvaluationContext();
		context.setVariable("changed", Snapshots.changed(CaseStatus.AWAITING_FOLLOW_UP,
				Snapshots.inStatus(CaseStatus.AWAITING_FOLLOW_UP, null), transition));
		assertThat(new SpelExpressionParser().parseExpression(condition).getValue(context, Boolean.class))
			.isEqualTo(ControlLadder.ACTS_ON.contains(transition));
	}

	@ParameterizedTest
	@EnumSource(value = Transition.class, names = { "OPENED", "VERIFIED", "ASSIGNED", "QUESTION_TO_REPORTER" })
	void notRegisteredForIntakeVerificationOrNotes(Transition transition) {
		assertThat(ControlLadder.ACTS_ON).doesNotContain(transition);
	}
}
