package id.go.netra;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Input refused field by field: every field that is wrong, each with its own message, so a form or an API
 * client can fix everything in one go. Answers 400 problem+json with an {@code errors} list.
 */
public class InvalidInput extends DomainException {

	/** One wrong field: its path as the caller sent it ({@code reported.nip}) and the message saying why. */
	public record FieldProblem(String field, String messageCode, Object[] arguments) {

		public String localized(MessageSource messages, Locale locale) {
			return messages.getMessage(messageCode, arguments, messageCode, locale);
		}
	}

	private final List<FieldProblem> problems;

	private InvalidInput(List<FieldProblem> problems) {
		super("validation", 400, "problem.validation.detail");
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	/** Gathers the problems of one request; {@link #throwIfAny()} refuses it when there are any. */
	public static final class Collector {

		private final List<FieldProblem> problems = new ArrayList<>();

		public Collector reject(String field, String messageCode, Object... arguments) {
			problems.add(new FieldProblem(field, messageCode, arguments.clone()));
			return this;
		}

		/** Runs a check that throws a {@link DomainException} (a value object's constructor) under a field. */
		public <T> T check(String field, java.util.function.Supplier<T> parse) {
			try {
				return parse.get();
			}
			catch (DomainException e) {
				problems.add(new FieldProblem(field, e.messageCode(), e.arguments()));
				return null;
			}
		}

		public boolean has(String field) {
			return problems.stream().anyMatch(problem -> problem.field().equals(field));
		}

		public boolean isEmpty() {
			return problems.isEmpty();
		}

		/** The refusal, to throw where an expression needs one ({@code orElseThrow}). */
		public InvalidInput refusal() {
			return new InvalidInput(problems);
		}

		public void throwIfAny() {
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
		}
	}
}
