package id.go.netra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every message of every bundle under {@code src/main/resources/i18n} shows its apostrophes and arguments as written.
 * Spring's MessageSource is set up by {@code spring.messages.*} in application.properties, without
 * {@code always-use-message-format}: a message asked for with arguments goes through {@link MessageFormat}, where a
 * single {@code '} opens a quoted section (the apostrophe disappears, and an argument after it is printed as
 * {@code {1}}), so it must be written {@code ''}; a message asked for without arguments comes back as written, where
 * {@code ''} would show doubled. A message is asked for with arguments when it has one ({@code {0}}), when a template
 * asks for it with arguments ({@code #{key(...)}}, or {@code #{'prefix.' + ${x}(...)}} for the enum-named keys under
 * the prefix), or when it is one of the families that code fills in with arguments whatever the message says.
 */
class MessageBundlesUnitTests {

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path SETTINGS = Path.of("src/main/resources/application.properties");

	/** Keys that code asks for with arguments for every key of the family: {@code notification.NoticeTexts.compose}. */
	private static final List<String> FAMILIES_FORMATTED_IN_CODE = List.of("notification.subject.",
			"notification.situation.", "notification.expected.");

	private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*\\d");

	private static final Pattern KEY_WITH_ARGUMENTS = Pattern.compile("#\\{([\\w.-]+)\\(");

	private static final Pattern KEY_WITHOUT_ARGUMENTS = Pattern.compile("#\\{([\\w.-]+)}");

	private static final Pattern FAMILY_WITH_ARGUMENTS = Pattern
		.compile("#\\{(?:\\$\\{)?'([\\w.-]+)'\\s*\\+\\s*(?:\\$\\{)?[^}]*}\\(");

	private static final Pattern ENUM_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

	@Test
	void everyBundleIsOneThatSpringLoads() {
		Set<String> configured = Arrays.stream(settings().getProperty("spring.messages.basename").split(","))
			.map(String::trim)
			.collect(Collectors.toCollection(TreeSet::new));
		Set<String> present = bundles().keySet()
			.stream()
			.map(file -> "i18n/" + file.replaceFirst("(_[a-z]{2})?\\.properties$", ""))
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(present).isEqualTo(configured);
	}

	@Test
	void aMessageAskedForWithArgumentsParsesAndDoublesEveryApostrophe() {
		Formatted formatted = formatted();
		List<String> wrong = new ArrayList<>();
		bundles().forEach((file, messages) -> messages.forEach((key, message) -> {
			if (formatted.test(key, message)) {
				formattingProblem(message, locale(file)).ifPresent(problem -> wrong.add(file + " " + key + ": " + problem));
			}
		}));
		assertThat(wrong).as("messages that MessageFormat reads: write an apostrophe as ''").isEmpty();
	}

	@Test
	void aMessageReturnedAsWrittenHasNoDoubledApostrophe() {
		Formatted formatted = formatted();
		List<String> wrong = new ArrayList<>();
		bundles().forEach((file, messages) -> messages.forEach((key, message) -> {
			if (!formatted.test(key, message) && message.contains("''")) {
				wrong.add(file + " " + key + ": " + message);
			}
		}));
		assertThat(wrong).as("messages returned as written: '' shows doubled").isEmpty();
	}

	@Test
	void aTemplateAsksForAMessageWithArgumentsWithArguments() {
		Map<String, String> messages = new TreeMap<>();
		bundles().values().forEach(messages::putAll);
		List<String> wrong = templateKeys(KEY_WITHOUT_ARGUMENTS).stream()
			.filter(key -> messages.containsKey(key) && ARGUMENT.matcher(messages.get(key)).find())
			.map(key -> key + ": " + messages.get(key))
			.toList();
		assertThat(wrong).as("#{key} without arguments shows {0} as written").isEmpty();
	}

	@Test
	void theRulesCatchTheShapesThatGoWrong() {
		assertThat(formattingProblem("[Netra] {0}: the employee's data is blocked until {1}", Locale.ENGLISH))
			.hasValueSatisfying(problem -> assertThat(problem).contains("the employees data is blocked until {1}"));
		assertThat(formattingProblem("Keep it '{' and {0}", Locale.ENGLISH)).isPresent();
		assertThat(formattingProblem("Unclosed {0", Locale.ENGLISH)).hasValueSatisfying(
				problem -> assertThat(problem).contains("does not parse"));
		assertThat(formattingProblem("The employee''s data is blocked until {0}", Locale.ENGLISH)).isEmpty();
		Formatted formatted = new Formatted(false, Set.of("a.b"), Set.of("hearing.notice."));
		assertThat(formatted.test("x", "plain")).isFalse();
		assertThat(formatted.test("x", "with {0}")).isTrue();
		assertThat(formatted.test("a.b", "plain")).as("asked with arguments by a template").isTrue();
		assertThat(formatted.test("hearing.notice.EMAIL", "plain")).as("an enum-named key of a family").isTrue();
		assertThat(formatted.test("hearing.notice.waiting", "plain")).as("not an enum name").isFalse();
		assertThat(new Formatted(true, Set.of(), Set.of()).test("x", "plain")).as("always-use-message-format")
			.isTrue();
	}

	/** Why MessageFormat would not show the message as written, if it would not. */
	private static Optional<String> formattingProblem(String message, Locale locale) {
		MessageFormat format;
		try {
			format = new MessageFormat(message, locale);
		}
		catch (IllegalArgumentException unreadable) {
			return Optional.of("does not parse (" + unreadable.getMessage() + "): " + message);
		}
		if (message.replace("''", "").contains("'")) {
			Object[] arguments = new Object[10];
			Arrays.setAll(arguments, i -> "«" + i + "»");
			return Optional.of("a single apostrophe; shows as \"" + format.format(arguments) + "\"");
		}
		return Optional.empty();
	}

	/** Whether a message is asked for with arguments, so that MessageFormat reads it. */
	record Formatted(boolean always, Set<String> keys, Set<String> families) {

		boolean test(String key, String message) {
			if (always || keys.contains(key) || ARGUMENT.matcher(message).find()) {
				return true;
			}
			int dot = key.lastIndexOf('.');
			return dot > 0 && families.contains(key.substring(0, dot + 1))
					&& ENUM_NAME.matcher(key.substring(dot + 1)).matches();
		}
	}

	private static Formatted formatted() {
		Set<String> families = new TreeSet<>(templateKeys(FAMILY_WITH_ARGUMENTS));
		families.addAll(FAMILIES_FORMATTED_IN_CODE);
		return new Formatted(Boolean.parseBoolean(settings().getProperty("spring.messages.always-use-message-format",
				"false")), templateKeys(KEY_WITH_ARGUMENTS), families);
	}

	private static Set<String> templateKeys(Pattern pattern) {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path template : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Matcher found = pattern.matcher(Files.readString(template));
				while (found.find()) {
					keys.add(found.group(1));
				}
			}
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
		return keys;
	}

	/** Each bundle file by name, with its messages as Spring reads them (UTF-8, spring.messages.encoding's default). */
	private static Map<String, Map<String, String>> bundles() {
		Map<String, Map<String, String>> bundles = new TreeMap<>();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
				Properties messages = load(file);
				Map<String, String> byKey = new TreeMap<>();
				messages.stringPropertyNames().forEach(key -> byKey.put(key, messages.getProperty(key)));
				bundles.put(file.getFileName().toString(), byKey);
			}
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
		assertThat(bundles).as("bundles under " + BUNDLES.toAbsolutePath()).hasSizeGreaterThan(10);
		return bundles;
	}

	private static Properties settings() {
		Properties settings = load(SETTINGS);
		assertThat(settings.getProperty("spring.messages.encoding", "UTF-8")).isEqualToIgnoringCase("UTF-8");
		return settings;
	}

	private static Properties load(Path file) {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
		return properties;
	}

	private static Locale locale(String file) {
		Matcher language = Pattern.compile("_([a-z]{2})\\.properties$").matcher(file);
		return language.find() ? Locale.forLanguageTag(language.group(1)) : Locale.forLanguageTag("id");
	}
}
