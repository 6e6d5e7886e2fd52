package id.go.netra.reporting;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import id.go.netra.InvalidInput;

/**
 * What a page refused, in the reporter's language: each message is shown next to its field and again in the
 * summary at the top, whose entries link to the field. Fields are named by the intake's paths
 * ({@code reported.nip}); the input for a path has the id with the dot replaced ({@code reported-nip}).
 */
record FormProblems(List<Problem> all) {

	record Problem(String field, String message) {

		public String inputId() {
			return FormProblems.inputId(field);
		}
	}

	static FormProblems none() {
		return new FormProblems(List.of());
	}

	static FormProblems of(InvalidInput refused, MessageSource messages, Locale locale) {
		return new FormProblems(refused.problems()
			.stream()
			.map(problem -> new Problem(problem.field(), problem.localized(messages, locale)))
			.toList());
	}

	static FormProblems of(String field, String message) {
		return new FormProblems(List.of(new Problem(field, message)));
	}

	static String inputId(String field) {
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
