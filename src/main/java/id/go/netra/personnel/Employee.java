package id.go.netra.personnel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A civil servant (or non-ASN staff member) as the registry knows them now. {@code nip} is null for non-ASN
 * staff. {@code synthetic} marks generated demo and benchmark data.
 */
public record Employee(long id, String nip, String nik, String name, LocalDate birthDate, Gender gender,
		EmploymentType employmentType, String employerCode, String unit, PositionClass positionClass,
		String positionTitle, String grade, String workRegionCode, EmployeeStatus status, List<String> socialAccounts,
		boolean synthetic, Instant updatedAt) {

	public Employee {
		socialAccounts = List.copyOf(socialAccounts);
	}

	/** A period in which the employee's employer, unit, position and status stayed the same. */
	public record Period(Instant validFrom, Instant validTo, String employerCode, String unit,
			PositionClass positionClass, String positionTitle, String grade, EmployeeStatus status, String source) {

		public boolean contains(Instant moment) {
			return !moment.isBefore(validFrom) && (validTo == null || moment.isBefore(validTo));
		}
	}
}
