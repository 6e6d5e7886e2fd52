package id.go.netra.personnel;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import id.go.netra.DomainException;
import id.go.netra.Texts;

/**
 * One valid row of a registry file, or the reason it is not. Validation needs no database: the sets of known
 * employer and region codes are handed in, so a whole file is checked at the speed of parsing.
 */
record RegistryRow(String registryKey, String nip, String nik, String name, LocalDate birthDate, Gender gender,
		EmploymentType employmentType, String employerCode, String unit, PositionClass positionClass,
		String positionTitle, String grade, String workRegionCode, EmployeeStatus status, String socialAccounts,
		String email, boolean emailGiven, boolean synthetic) {

	/** Enough to tell an address from a typo; whether it receives mail only sending tells. */
	private static final java.util.regex.Pattern EMAIL_ADDRESS = java.util.regex.Pattern
		.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

	/** Column positions of a file, from its header; refuses a header that lacks a required column. */
	record Columns(Map<String, Integer> index) {

		static Columns of(List<String> header) {
			Map<String, Integer> index = new java.util.HashMap<>();
			for (int i = 0; i < header.size(); i++) {
				index.put(header.get(i).trim().toUpperCase(), i);
			}
			List<String> missing = RegistryCsv.REQUIRED.stream().filter(name -> !index.containsKey(name)).toList();
			if (!missing.isEmpty()) {
				throw DomainException.invalid("personnel.import.missingColumns", String.join(", ", missing));
			}
			return new Columns(index);
		}

		String get(List<String> record, String column) {
			Integer i = index.get(column);
			if (i == null || i >= record.size()) {
				return "";
			}
			// a field of only invisible characters is empty, and a NUL is never part of a value
			return Texts.received(record.get(i)).trim();
		}
	}

	static RegistryRow parse(List<String> record, Columns columns, Set<String> employers, Set<String> regions) {
		if (record.size() < columns.index().size()) {
			throw DomainException.invalid("personnel.import.fieldCount", record.size(), columns.index().size());
		}
		EmploymentType type = enumValue(EmploymentType.class, columns.get(record, RegistryCsv.EMPLOYMENT_TYPE),
				RegistryCsv.EMPLOYMENT_TYPE, true);
		String nipText = columns.get(record, RegistryCsv.NIP);
		Nik nik = Nik.of(columns.get(record, RegistryCsv.NIK));
		Nip nip = null;
		if (nipText.isEmpty()) {
			if (type != EmploymentType.NON_ASN) {
				throw DomainException.invalid("personnel.import.nipRequired", type);
			}
		}
		else {
			nip = Nip.of(nipText);
			nip.checkAgainst(nik);
		}
		String name = required(columns.get(record, RegistryCsv.NAME), RegistryCsv.NAME, 200);
		LocalDate birth = date(columns.get(record, RegistryCsv.BIRTH_DATE));
		if (nip != null && !nip.birthDate().equals(birth)) {
			throw DomainException.invalid("personnel.import.birthDateNip");
		}
		Gender gender = switch (columns.get(record, RegistryCsv.GENDER).toUpperCase()) {
			case "M", "L" -> Gender.MALE;
			case "F", "P" -> Gender.FEMALE;
			default -> throw DomainException.invalid("personnel.import.gender");
		};
		if (gender != nik.gender()) {
			throw DomainException.invalid("personnel.import.genderNik");
		}
		String employer = columns.get(record, RegistryCsv.EMPLOYER);
		if (!employers.contains(employer)) {
			throw DomainException.invalid("personnel.import.employer", employer);
		}
		String region = columns.get(record, RegistryCsv.WORK_REGION);
		if (!region.isEmpty() && !regions.contains(region)) {
			throw DomainException.invalid("personnel.import.region", region);
		}
		String social = columns.get(record, RegistryCsv.SOCIAL_ACCOUNTS);
		boolean emailGiven = columns.index().containsKey(RegistryCsv.EMAIL);
		String email = columns.get(record, RegistryCsv.EMAIL).toLowerCase(java.util.Locale.ROOT);
		if (!email.isEmpty() && (email.length() > 320 || !EMAIL_ADDRESS.matcher(email).matches())) {
			throw DomainException.invalid("personnel.import.email", email.length() > 60 ? email.substring(0, 60) : email);
		}
		return new RegistryRow(nip != null ? nip.value() : "NIK:" + nik.value(), nip == null ? null : nip.value(),
				nik.value(), name, birth, gender, type, employer, optional(columns.get(record, RegistryCsv.UNIT), 300),
				enumValue(PositionClass.class, columns.get(record, RegistryCsv.POSITION_CLASS),
						RegistryCsv.POSITION_CLASS, false),
				optional(columns.get(record, RegistryCsv.POSITION_TITLE), 300),
				optional(columns.get(record, RegistryCsv.GRADE), 10), region.isEmpty() ? null : region,
				enumValue(EmployeeStatus.class, columns.get(record, RegistryCsv.STATUS), RegistryCsv.STATUS, true),
				social.isEmpty() ? null : optional(social, 1000), email.isEmpty() ? null : email, emailGiven,
				Boolean.parseBoolean(columns.get(record, RegistryCsv.SYNTHETIC)));
	}

	/** Whether the registry's current record, with its e-mail address, already says what this row says. */
	boolean sameAs(Employee e, String currentEmail) {
		return sameAs(e) && (!emailGiven || Objects.equals(email, currentEmail));
	}

	/** Whether the registry's current record already says what this row says, the e-mail address aside. */
	boolean sameAs(Employee e) {
		return Objects.equals(nip, e.nip()) && nik.equals(e.nik()) && name.equals(e.name())
				&& birthDate.equals(e.birthDate()) && gender == e.gender() && employmentType == e.employmentType()
				&& samePosition(e) && Objects.equals(workRegionCode, e.workRegionCode())
				&& Objects.equals(socialAccounts == null ? List.of() : List.of(socialAccounts.split(";")),
						e.socialAccounts())
				&& synthetic == e.synthetic();
	}

	/** Whether employer, unit, position and status are unchanged: otherwise a new period of the career begins. */
	boolean samePosition(Employee e) {
		return employerCode.equals(e.employerCode()) && Objects.equals(unit, e.unit())
				&& positionClass == e.positionClass() && Objects.equals(positionTitle, e.positionTitle())
				&& Objects.equals(grade, e.grade()) && status == e.status();
	}

	private static String required(String value, String column, int max) {
		if (value.isEmpty()) {
			throw DomainException.invalid("personnel.import.required", column);
		}
		if (value.length() > max) {
			throw DomainException.invalid("personnel.import.tooLong", column, max);
		}
		return value;
	}

	private static String optional(String value, int max) {
		if (value.length() > max) {
			throw DomainException.invalid("personnel.import.tooLong", "", max);
		}
		return value.isEmpty() ? null : value;
	}

	private static LocalDate date(String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (java.time.format.DateTimeParseException e) {
			throw DomainException.invalid("personnel.import.date", RegistryCsv.BIRTH_DATE, value);
		}
	}

	private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String column, boolean required) {
		if (value.isEmpty()) {
			if (required) {
				throw DomainException.invalid("personnel.import.required", column);
			}
			return null;
		}
		try {
			return Enum.valueOf(type, value.toUpperCase());
		}
		catch (IllegalArgumentException e) {
			throw DomainException.invalid("personnel.import.enum", column, value,
					java.util.Arrays.toString(type.getEnumConstants()));
		}
	}
}
