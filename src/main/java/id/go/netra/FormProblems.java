package id.go.netra;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

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

	/**
	 * A refusal as one line, for a page that shows it above its form after post/redirect/get and has no place
	 * beside each field: every refused field named by its label ({@code labelPrefix} and the field's path; the
	 * path itself where no label is written) inside the sentence {@code sentenceCode}; any other refusal in its
	 * own words.
	 */
	public static String line(DomainException refused, MessageSource messages, Locale locale, String labelPrefix,
			String sentenceCode) {
		if (!(refused instanceof InvalidInput invalid) || invalid.problems().isEmpty()) {
			return refused.localized(messages, locale);
		}
		String fields = invalid.problems()
			.stream()
			.map(problem -> messages.getMessage(labelPrefix + problem.field(), null, problem.field(), locale) + ": "
					+ problem.localized(messages, locale))
			.collect(Collectors.joining(" "));
		return messages.getMessage(sentenceCode, new Object[] { fields }, locale);
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
