package id.go.netra.personnel;

import java.time.DateTimeException;
import java.time.LocalDate;

import id.go.netra.DomainException;
import id.go.netra.identity.Actor;
import id.go.netra.identity.Role;

/**
 * Nomor Induk Kependudukan: 16 digits, the region of registration (province, regency, district: 2+2+2), the
 * birth date as ddMMyy with 40 added to the day for women, and a four-digit sequence from 0001.
 */
public record Nik(String value) {

	public Nik {
		if (value == null || !value.matches("\\d{16}")) {
			throw DomainException.invalid("personnel.nik.format");
		}
		int province = Integer.parseInt(value.substring(0, 2));
		if (province < 11 || province > 96 || value.startsWith("00", 2) || value.startsWith("00", 4)) {
			throw DomainException.invalid("personnel.nik.region");
		}
		int day = Integer.parseInt(value.substring(6, 8));
		int month = Integer.parseInt(value.substring(8, 10));
		int realDay = day > 40 ? day - 40 : day;
		try {
			// 2000 is a leap year, so 29 February is accepted whatever the century of the two year digits.
			LocalDate.of(2000, month, realDay);
		}
		catch (DateTimeException e) {
			throw DomainException.invalid("personnel.nik.birthDate");
		}
		if (day == 0 || (day > 31 && day < 41) || day > 71) {
			throw DomainException.invalid("personnel.nik.birthDate");
		}
		if (value.endsWith("0000")) {
			throw DomainException.invalid("personnel.nik.sequence");
		}
	}

	public static Nik of(String text) {
		return new Nik(text == null ? null : text.replace(" ", "").trim());
	}

	/** The Kemendagri code of the regency or city of registration, e.g. "32.73". */
	public String regencyCode() {
		return value.substring(0, 2) + "." + value.substring(2, 4);
	}

	public int birthDay() {
		int day = Integer.parseInt(value.substring(6, 8));
		return day > 40 ? day - 40 : day;
	}

	public int birthMonth() {
		return Integer.parseInt(value.substring(8, 10));
	}

	public int birthYearDigits() {
		return Integer.parseInt(value.substring(10, 12));
	}

	public Gender gender() {
		return Integer.parseInt(value.substring(6, 8)) > 40 ? Gender.FEMALE : Gender.MALE;
	}

	/** For logs and lists: only the region of registration shows, the birth date and sequence are hidden. */
	public String masked() {
		return value.substring(0, 6) + "******" + "****";
	}

	/** The full NIK for BKN, administrators and the employee's own PPK; masked for everyone else. */
	static String shownTo(Actor actor, Employee employee) {
		boolean full = actor.has(Role.CIVIL_SERVICE_AGENCY)
				|| actor.has(Role.ADMIN)
				|| (actor.has(Role.PPK) && actor.agencyCode().equals(employee.employerCode()));
		return full ? employee.nik() : new Nik(employee.nik()).masked();
	}

	@Override
	public String toString() {
		return masked();
	}
}
