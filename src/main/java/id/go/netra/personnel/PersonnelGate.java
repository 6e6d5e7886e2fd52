package id.go.netra.personnel;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import id.go.netra.DomainException;
import id.go.netra.audit.AuditTrail;

/**
 * The service gate: while an employee's personnel data or services are blocked (their own block or their
 * employer's) they stay salaried, but promotion, transfer and pension processing are refused, as Peraturan
 * BKN 1/2023 has SIASN do. Every clearance and refusal is audited.
 */
@Service
public class PersonnelGate {

	/** The personnel services a block stops. */
	public enum PersonnelService {
		PROMOTION, TRANSFER, PENSION
	}

	/** The gate's answer: allowed, or refused because of the blocks listed. */
	public record Clearance(String nip, PersonnelService service, boolean allowed,
			List<PersonnelBlocks.ActiveBlock> blocks, Instant checkedAt) {
	}

	private final ObjectProvider<PersonnelBlocks> blocks;
	private final AuditTrail audit;
	private final Clock clock;

	PersonnelGate(ObjectProvider<PersonnelBlocks> blocks, AuditTrail audit, Clock clock) {
		this.blocks = blocks;
		this.audit = audit;
		this.clock = clock;
	}

	/** The blocks in force for the employee now. */
	public List<PersonnelBlocks.ActiveBlock> activeBlocks(Employee employee) {
		return blocks.getIfAvailable(() -> PersonnelBlocks.NONE).activeFor(employee.nip(), employee.employerCode());
	}

	/** The blocks in force now for each of the employees, in one query. */
	public Map<Employee, List<PersonnelBlocks.ActiveBlock>> activeBlocks(List<Employee> employees) {
		return blocks.getIfAvailable(() -> PersonnelBlocks.NONE).activeFor(employees);
	}

	/**
	 * Asks the gate to let a service through for the employee; refuses with 423 (Locked) while blocked. The
	 * {@code reference} (the requesting system's file number) goes into the audit trail.
	 */
	public Clearance pass(Employee employee, PersonnelService service, String reference) {
		List<PersonnelBlocks.ActiveBlock> active = activeBlocks(employee);
		String what = service.name() + (reference == null || reference.isBlank() ? "" : " " + reference.trim());
		if (!active.isEmpty()) {
			audit.recordRefusal("personnel.gate." + service.name().toLowerCase(java.util.Locale.ROOT),
					employee.nip(), what + " refused: " + active.size() + " block(s)");
			throw new DomainException("personnel-blocked", 423, "personnel.gate.blocked", employee.nip(),
					active.get(0).complaintNumber() == null ? "-" : active.get(0).complaintNumber());
		}
		audit.record("personnel.gate.cleared", employee.nip(), what);
		return new Clearance(employee.nip(), service, true, List.of(), clock.instant());
	}
}
