package id.go.netra.enforcement;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.ChangeCursor;
import id.go.netra.ChangeFeeds;
import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.Page;
import id.go.netra.audit.AuditTrail;
import id.go.netra.identity.Actor;
import id.go.netra.identity.Role;
import id.go.netra.personnel.Employee;
import id.go.netra.personnel.Employees;
import id.go.netra.personnel.Employer;
import id.go.netra.personnel.Employers;
import id.go.netra.personnel.Nip;
import id.go.netra.personnel.PersonnelBlocks;
import id.go.netra.personnel.RegistryScope;

/**
 * Blocks on personnel data and services: placed by the control ladder when a PPK has not followed up, or by a
 * BKN auditor by hand; lifted when the sanction is imposed, or by an auditor with a reason. Every change is
 * audited, announced, and confirmed by a letter to the employer's PPK. The registry's service gate asks this
 * which blocks are in force.
 */
@Service
public class Blocks implements PersonnelBlocks {

	/** A block an auditor places by hand: on one employee (by NIP) or on a whole employer. */
	public record Placement(Block.Scope scope, String nip, String employerCode, Block.Blocked blocks, Block.Type type,
			String legalBasis, String reason) {
	}

	/** The ladder or the system acting on behalf of the issuing agency. */
	static final BlockRows.By SYSTEM = new BlockRows.By("netra", "Netra (otomatis)", null);

	private final BlockRows rows;
	private final Employees employees;
	private final Employers employers;
	private final ControlLetters letters;
	private final EnforcementSettings settings;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final ChangeFeeds feeds;

	Blocks(BlockRows rows, Employees employees, Employers employers, ControlLetters letters,
			EnforcementSettings settings, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
			ChangeFeeds feeds) {
		this.rows = rows;
		this.employees = employees;
		this.employers = employers;
		this.letters = letters;
		this.settings = settings;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.feeds = feeds;
	}

	@Override
	// one statement, so no transaction: every registry lookup and service gate asks this
	public List<ActiveBlock> activeFor(String nip, String employerCode) {
		return rows.activeFor(nip, employerCode).stream().map(Blocks::active).toList();
	}

	@Override
	public Map<Employee, List<ActiveBlock>> activeFor(List<Employee> employees) {
		Set<String> nips = new HashSet<>();
		Set<String> employerCodes = new HashSet<>();
		employees.forEach(e -> {
			if (e.nip() != null) {
				nips.add(e.nip());
			}
			employerCodes.add(e.employerCode());
		});
		List<Block> found = rows.activeForAny(nips, employerCodes);
		Map<Employee, List<ActiveBlock>> blocks = new LinkedHashMap<>();
		for (Employee e : employees) {
			blocks.put(e, found.stream()
				.filter(b -> b.scope() == Block.Scope.EMPLOYEE ? b.nip() != null && b.nip().equals(e.nip())
						: b.employerCode().equals(e.employerCode()))
				.map(Blocks::active)
				.toList());
		}
		return blocks;
	}

	private static ActiveBlock active(Block b) {
		return new ActiveBlock(b.id(), b.scope().name(), b.blocks().name(), b.legalBasis(), b.complaintNumber(),
				b.placedAt(), b.placedByAgency());
	}

	@Transactional
	public Block place(Actor actor, Placement request) {
		requireAuditor(actor, "enforcement.block.place");
		InvalidInput.Collector problems = new InvalidInput.Collector();
		if (request == null || request.scope() == null) {
			problems.reject("scope", "validation.required").throwIfAny();
		}
		String reason = text(request.reason(), 4000, "reason", problems, true);
		String legalBasis = text(request.legalBasis(), 1000, "legalBasis", problems, false);
		Employee employee = null;
		Employer employer = null;
		if (request.scope() == Block.Scope.EMPLOYEE) {
			Nip nip = problems.check("nip", () -> Nip.of(request.nip()));
			if (nip != null) {
				employee = employees.byNip(nip, RegistryScope.NATIONAL).orElse(null);
				if (employee == null) {
					problems.reject("nip", "personnel.employee.notFound", nip.value());
				}
			}
		}
		else {
			employer = employers.find(request.employerCode() == null ? "" : request.employerCode().trim()).orElse(null);
			if (employer == null) {
				problems.reject("employerCode", "enforcement.block.unknownEmployer", String.valueOf(request.employerCode()));
			}
		}
		problems.throwIfAny();
		Instant now = clock.instant();
		Block block = new Block(UUID.randomUUID(), request.scope(), employee == null ? null : employee.nip(),
				employee == null ? null : employee.name(), employee == null ? employer.code() : employee.employerCode(),
				request.blocks() == null ? Block.Blocked.BOTH : request.blocks(),
				request.type() == null ? Block.Type.NORM_NON_COMPLIANCE : request.type(),
				legalBasis == null ? settings.blockLegalBasis() : legalBasis, reason, null, null, now, actor.name(),
				actor.displayName(), actor.agencyCode(), null, null, null, null, null, null, 0);
		return placed(block, now);
	}

	/** The ladder's last rung: blocks the employee of a case whose follow-up stayed late. */
	Block placeForCase(LadderRows.Ladder ladder, Instant now) {
		Block block = new Block(UUID.randomUUID(), Block.Scope.EMPLOYEE, ladder.nip(), ladder.employeeName(),
				ladder.employerCode(), Block.Blocked.BOTH, Block.Type.NORM_NON_COMPLIANCE, settings.blockLegalBasis(),
				"Tindak lanjut rekomendasi kasus " + ladder.complaintNumber() + " tidak dilaksanakan setelah peringatan dan teguran",
				ladder.caseId(), ladder.complaintNumber(), now, SYSTEM.actor(), SYSTEM.name(), settings.issuerAgency(),
				null, null, null, null, null, null, 0);
		return placed(block, now);
	}

	private Block placed(Block block, Instant now) {
		UUID letter = letters.blockNotice(block);
		Block withLetter = new Block(block.id(), block.scope(), block.nip(), block.employeeName(), block.employerCode(),
				block.blocks(), block.type(), block.legalBasis(), block.reason(), block.caseId(), block.complaintNumber(),
				block.placedAt(), block.placedBy(), block.placedByName(), block.placedByAgency(), letter, null, null, null,
				null, null, 0);
		rows.insert(withLetter);
		audit.record("enforcement.block.placed", target(withLetter),
				withLetter.scope() + " " + withLetter.blocks() + (withLetter.reason() == null ? "" : ": " + withLetter.reason()));
		events.publishEvent(BlockChanged.of(withLetter, false, now));
		return withLetter;
	}

	@Transactional
	public Block lift(Actor actor, UUID id, String reason, Integer version) {
		requireAuditor(actor, "enforcement.block.lift");
		InvalidInput.Collector problems = new InvalidInput.Collector();
		String why = text(reason, 4000, "reason", problems, true);
		problems.throwIfAny();
		Block block = rows.find(id).orElseThrow(() -> DomainException.notFound("enforcement.block.notFound", id));
		if (!block.active()) {
			throw DomainException.conflict("enforcement.block.alreadyLifted");
		}
		if (version != null && version != block.version()) {
			throw DomainException.conflict("enforcement.block.changed");
		}
		return lifted(block, new BlockRows.By(actor.name(), actor.displayName(), actor.agencyCode()), why);
	}

	/** Lifts the blocks a case caused, once the sanction is imposed or the case closed otherwise. */
	List<Block> liftForCase(UUID caseId, String reason) {
		return rows.forCase(caseId).stream().filter(Block::active).map(b -> lifted(b, SYSTEM, reason)).toList();
	}

	private Block lifted(Block block, BlockRows.By by, String reason) {
		Instant now = clock.instant();
		if (!rows.lift(block.id(), block.version(), by, reason, now)) {
			throw DomainException.conflict("enforcement.block.changed");
		}
		Block done = rows.find(block.id()).orElseThrow();
		rows.attachLiftLetter(done.id(), letters.unblockNotice(done));
		audit.record("enforcement.block.lifted", target(done), reason);
		events.publishEvent(BlockChanged.of(done, true, now));
		return rows.find(block.id()).orElseThrow();
	}

	@Transactional(readOnly = true)
	public List<Block> forCase(UUID caseId) {
		return rows.forCase(caseId);
	}

	@Transactional(readOnly = true)
	public Block find(Actor actor, UUID id) {
		EnforcementScope scope = EnforcementScope.of(actor);
		return rows.find(id)
			.filter(b -> scope.covers(b.employerCode()))
			.orElseThrow(() -> DomainException.notFound("enforcement.block.notFound", id));
	}

	@Transactional(readOnly = true)
	public Page<Block> search(Actor actor, Boolean active, String employerCode, String nip, int page, int size) {
		String employer = EnforcementScope.of(actor).narrow(employerCode);
		String person = nip == null || nip.isBlank() ? null : nip.replace(" ", "");
		int pageSize = Math.max(1, Math.min(size, 200));
		int pageNumber = Math.max(page, 0);
		return new Page<>(rows.search(active, employer, person, pageNumber * pageSize, pageSize), pageNumber, pageSize,
				rows.count(active, employer, person));
	}

	/**
	 * The blocks in the actor's scope changed after {@code from}, in the order the changes became visible, each
	 * change once (ADR 0043). The feed is numbered first, in a transaction of its own.
	 */
	public Page<Block> changes(Actor actor, ChangeCursor from, int size) {
		String employer = EnforcementScope.of(actor).narrow(null);
		return feeds.changes(BlockRows.FEED, from, size, (after, since) -> rows.countChanges(employer, after, since),
				(after, since, limit) -> rows.changes(employer, after, since, limit));
	}

	/** Manual blocks are the auditor's (Auditor Manajemen ASN) with national reach; refusals are audited. */
	private void requireAuditor(Actor actor, String action) {
		if (!EnforcementScope.holdsNationally(actor, Role.AUDITOR)) {
			audit.recordRefusal(action, actor.agencyCode(), "roles " + actor.describeRoles());
			throw new DomainException("forbidden", 403, "enforcement.block.auditorOnly");
		}
	}

	private static String target(Block block) {
		return block.scope() == Block.Scope.EMPLOYEE ? block.nip() : block.employerCode();
	}

	private static String text(String value, int max, String field, InvalidInput.Collector problems, boolean required) {
		String trimmed = value == null || value.isBlank() ? null : value.trim();
		if (trimmed == null && required) {
			problems.reject(field, "validation.required");
		}
		if (trimmed != null && trimmed.length() > max) {
			problems.reject(field, "validation.tooLongMax", max);
		}
		return trimmed;
	}
}
