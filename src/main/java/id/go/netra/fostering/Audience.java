package id.go.netra.fostering;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.go.netra.InvalidInput;
import id.go.netra.personnel.EmploymentType;
import id.go.netra.personnel.PositionClass;

/**
 * Who a reminder reaches: the active employees of one employer (or of all, for BKN), of the given position classes
 * and employment types (empty: all). Turned into one SQL condition on the registry's {@code registry_recipient}
 * view, so a national reminder is one insert ... select, not a loop.
 */
record Audience(String employerCode, Set<PositionClass> positionClasses, Set<EmploymentType> employmentTypes) {

	Audience {
		positionClasses = positionClasses == null || positionClasses.isEmpty() ? Set.of()
				: Set.copyOf(EnumSet.copyOf(positionClasses));
		employmentTypes = employmentTypes == null || employmentTypes.isEmpty() ? Set.of()
				: Set.copyOf(EnumSet.copyOf(employmentTypes));
	}

	/** The condition on {@code registry_recipient r}, with the parameters {@code employer}, {@code classes}, {@code types}. */
	String where() {
		return "r.status = 'ACTIVE'" + (employerCode == null ? "" : " and r.employer_code = :employer")
				+ (positionClasses.isEmpty() ? "" : " and r.position_class in (:classes)")
				+ (employmentTypes.isEmpty() ? "" : " and r.employment_type in (:types)");
	}

	JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
		if (employerCode != null) {
			spec = spec.param("employer", employerCode);
		}
		if (!positionClasses.isEmpty()) {
			spec = spec.param("classes", positionClasses.stream().map(Enum::name).sorted().toList());
		}
		if (!employmentTypes.isEmpty()) {
			spec = spec.param("types", employmentTypes.stream().map(Enum::name).sorted().toList());
		}
		return spec;
	}

	/** Stored as a comma-separated list of names; null for all. */
	static String store(Set<? extends Enum<?>> values) {
		return values.isEmpty() ? null : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	static <E extends Enum<E>> Set<E> load(String stored, Class<E> type) {
		if (stored == null || stored.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(stored.split(",")).map(name -> Enum.valueOf(type, name)).collect(Collectors.toSet());
	}

	/** The values named, refusing an unknown name under {@code field}; none for all. */
	static <E extends Enum<E>> Set<E> parse(Class<E> type, List<String> names, String field,
			InvalidInput.Collector problems) {
		Set<E> chosen = EnumSet.noneOf(type);
		for (String name : names == null ? List.<String>of() : names) {
			Arrays.stream(type.getEnumConstants())
				.filter(value -> value.name().equals(name))
				.findFirst()
				.ifPresentOrElse(chosen::add, () -> problems.reject(field, "reminders.audience.unknown", name));
		}
		return chosen;
	}

	List<String> classNames() {
		return positionClasses.stream().map(Enum::name).sorted().toList();
	}

	List<String> typeNames() {
		return employmentTypes.stream().map(Enum::name).sorted().toList();
	}
}
