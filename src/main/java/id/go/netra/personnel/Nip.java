package id.go.netra.personnel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

import id.go.netra.DomainException;

/**
 * Nomor Induk Pegawai: 18 digits, the birth date (yyyyMMdd), the month of appointment (TMT, yyyyMM), the
 * gender (1 male, 2 female) and a three-digit sequence. Validates itself; every refusal names what is wrong.
 * PPPK numbers carry "21" in place of the appointment month (an assumption to confirm with BKN).
 */
public record Nip(String value) {

	static final String PPPK_MONTH_MARKER = "21";

	public Nip {
		if (value == null || !value.matches("\\d{18}")) {
			throw DomainException.invalid("personnel.nip.format");
		}
		LocalDate birth = date(value.substring(0, 8), "personnel.nip.birthDate");
		int appointmentYear = Integer.parseInt(value.substring(8, 12));
		String appointmentMonth = value.substring(12, 14);
		boolean monthValid = appointmentMonth.equals(PPPK_MONTH_MARKER)
				|| (appointmentMonth.compareTo("01") >= 0 && appointmentMonth.compareTo("12") <= 0);
		if (!monthValid || appointmentYear < birth.getYear() + 17 || appointmentYear > LocalDate.now().getYear() + 1) {
			throw DomainException.invalid("personnel.nip.appointment");
		}
		char gender = value.charAt(14);
		if (gender != '1' && gender != '2') {
			throw DomainException.invalid("personnel.nip.gender");
		}
		if (value.endsWith("000")) {
			throw DomainException.invalid("personnel.nip.sequence");
		}
	}

	public static Nip of(String text) {
		return new Nip(text == null ? null : text.replace(" ", "").trim());
	}

	public LocalDate birthDate() {
		return LocalDate.parse(value.substring(0, 4) + "-" + value.substring(4, 6) + "-" + value.substring(6, 8));
	}

	/** The month of appointment as a civil servant candidate (TMT CPNS); empty for the PPPK marker. */
	public java.util.Optional<YearMonth> appointment() {
		String month = value.substring(12, 14);
		return month.equals(PPPK_MONTH_MARKER) ? java.util.Optional.empty()
				: java.util.Optional.of(YearMonth.of(Integer.parseInt(value.substring(8, 12)), Integer.parseInt(month)));
	}

	public Gender gender() {
		return value.charAt(14) == '1' ? Gender.MALE : Gender.FEMALE;
	}

	/** Whether a NIK can belong to the same person: the same birth day, month and year digits, and gender. */
	public void checkAgainst(Nik nik) {
		LocalDate birth = birthDate();
		if (nik.birthDay() != birth.getDayOfMonth() || nik.birthMonth() != birth.getMonthValue()
				|| nik.birthYearDigits() != birth.getYear() % 100) {
			throw DomainException.invalid("personnel.nipNik.birthDate");
		}
		if (nik.gender() != gender()) {
			throw DomainException.invalid("personnel.nipNik.gender");
		}
	}

	static LocalDate date(String yyyyMMdd, String messageCode) {
		try {
			LocalDate date = LocalDate.of(Integer.parseInt(yyyyMMdd.substring(0, 4)),
					Integer.parseInt(yyyyMMdd.substring(4, 6)), Integer.parseInt(yyyyMMdd.substring(6, 8)));
			if (date.getYear() < 1900 || date.isAfter(LocalDate.now())) {
				throw DomainException.invalid(messageCode);
			}
			return date;
		}
		catch (DateTimeException e) {
			throw DomainException.invalid(messageCode);
		}
	}

	@Override
	public String toString() {
		return value;
	}
}
