package id.go.netra.personnel;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.go.netra.identity.Actor;

/**
 * The cases about an employee, for the employee page. Held by the casework module, which implements this, so
 * the registry can list them without depending on it; each actor sees only the cases its case scope allows.
 */
public interface EmployeeCases {

	/** One case: {@code status} is the name of the case status, shown in words by the page; filed on a WIB day. */
	record CaseSummary(UUID id, String complaintNumber, String status, LocalDate filedOn) {
	}

	/** The cases about the employee that the actor may see, newest first. */
	List<CaseSummary> casesAbout(Actor actor, String nip);

	/** Used where casework is not part of the application (the personnel module's own tests). */
	EmployeeCases NONE = (actor, nip) -> List.of();
}
