package id.go.netra.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.go.netra.DomainException;
import id.go.netra.personnel.Employee;
import id.go.netra.personnel.EmployeeStatus;
import id.go.netra.personnel.Employees;
import id.go.netra.personnel.Nik;
import id.go.netra.personnel.Nip;
import id.go.netra.personnel.RegistryScope;
import id.go.netra.catalog.BusinessCalendar;

/**
 * Finds the reported person in the registry, by NIP first, then by NIK (when it names exactly one person),
 * and takes their employer and position at the time of the act: a case is judged against where the employee
 * stood then, not where they stand now.
 */
@Component
class SubjectResolver {

	private final Employees employees;

	SubjectResolver(Employees employees) {
		this.employees = employees;
	}

	CaseSnapshot.Subject resolve(String nip, String nik, LocalDate incidentDate) {
		Optional<Employee> found = Optional.empty();
		try {
			if (nip != null && !nip.isBlank()) {
				found = employees.byNip(Nip.of(nip), RegistryScope.NATIONAL);
			}
			if (found.isEmpty() && nik != null && !nik.isBlank()) {
				List<Employee> matches = employees.byNik(Nik.of(nik), RegistryScope.NATIONAL);
				found = matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
			}
		}
		catch (DomainException malformed) {
			return CaseSnapshot.Subject.unresolved();
		}
		// unresolved, the numbers the reporter gave are kept: they find other reports about the same person
		return found.map(employee -> subjectAt(employee, incidentDate))
			.orElse(new CaseSnapshot.Subject(false, null, blank(nip), blank(nik), null, null, null, null, null));
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	EmployeeStatus currentStatus(CaseSnapshot.Subject subject) {
		return employees.byNip(Nip.of(subject.nip()), RegistryScope.NATIONAL)
			.map(Employee::status)
			.orElse(EmployeeStatus.ACTIVE);
	}

	private CaseSnapshot.Subject subjectAt(Employee employee, LocalDate incidentDate) {
		Instant moment = (incidentDate == null ? LocalDate.now(BusinessCalendar.ZONE) : incidentDate).plusDays(1)
			.atStartOfDay(BusinessCalendar.ZONE)
			.toInstant()
			.minusMillis(1);
		Optional<Employee.Period> then = employees.periodAt(employee.id(), moment);
		String employer = then.map(Employee.Period::employerCode).orElse(employee.employerCode());
		String positionClass = then.map(p -> p.positionClass() == null ? null : p.positionClass().name())
			.orElse(employee.positionClass() == null ? null : employee.positionClass().name());
		String title = then.map(Employee.Period::positionTitle).orElse(employee.positionTitle());
		return new CaseSnapshot.Subject(true, employee.id(), employee.nip(), employee.nik(), employee.name(), employer,
				positionClass, title, employee.workRegionCode());
	}
}
