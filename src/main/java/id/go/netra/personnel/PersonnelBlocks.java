package id.go.netra.personnel;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Blocks on personnel data and services (pemblokiran, Peraturan BKN 1/2023) in force for an employee: their
 * own, or their employer's as a whole. Held by the enforcement module, which implements this, so the registry
 * can show them and the {@link PersonnelGate} can refuse without depending on it.
 */
public interface PersonnelBlocks {

	/**
	 * One block in force. {@code scope} is EMPLOYEE or EMPLOYER; {@code blocks} says what is blocked: DATA,
	 * SERVICES or BOTH.
	 */
	record ActiveBlock(UUID id, String scope, String blocks, String legalBasis, String complaintNumber,
			Instant placedAt, String placedByAgency) {
	}

	List<ActiveBlock> activeFor(String nip, String employerCode);

	/**
	 * The blocks in force for each of the employees (a page of search results), each list as
	 * {@link #activeFor(String, String)} gives it. The enforcement module answers this in one query.
	 */
	default Map<Employee, List<ActiveBlock>> activeFor(List<Employee> employees) {
		Map<Employee, List<ActiveBlock>> blocks = new LinkedHashMap<>();
		employees.forEach(e -> blocks.put(e, activeFor(e.nip(), e.employerCode())));
		return blocks;
	}

	/** Used where enforcement is not part of the application (the personnel module's own tests). */
	PersonnelBlocks NONE = (nip, employerCode) -> List.of();
}
