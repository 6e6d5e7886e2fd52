package id.go.netra;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;


/**
 * What a page form refused, in the person's language: each message is shown next to its field (the fragment
 * {@code fragments/forms :: problem(field)}) and, on the long public form, again in a summary at the top whose
 * entries link to the field. Fields are named by their paths ({@code reported.nip}); the input for a path has
 * the id with the dot replaced ({@code reported-nip}). Serializable, as it may wait in the session as a flash
 * attribute when a form is answered with post/redirect/get.
 */
public record FormProblems(List<Problem> all) implements java.io.Serializable {

	public record Problem(String field, String message) implements java.io.Serializable {

		public String inputId() {
			return FormProblems.inputId(field);
		}
	}

	public static FormProblems none() {
		return new FormProblems(List.of());
	}

	public static FormProblems of(InvalidInput refused, MessageSource messages, Locale locale) {
		return new FormProblems(refused.problems()
			.stream()
			.map(problem -> new Problem(problem.field(), problem.localized(messages, locale)))
			.toList());
	}

	public static FormProblems of(String field, String message) {
		return new FormProblems(List.of(new Problem(field, message)));
	}

	public static String inputId(String field) {
		return field.replace('.', '-');
	}

	public boolean isEmpty() {
		return all.isEmpty();
	}

	public boolean has(String field) {
		return all.stream().anyMatch(problem -> problem.field().equals(field));
	}

	public List<String> on(String field) {
		return all.stream().filter(problem -> problem.field().equals(field)).map(Problem::message).toList();
	}
}
