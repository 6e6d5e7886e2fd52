package id.go.netra.monitoring;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.go.netra.DomainException;
import id.go.netra.audit.AuditTrail;
import id.go.netra.identity.Actor;
import id.go.netra.identity.Role;

/**
 * Labelled examples imported in bulk: stored (one transaction), then learned from before the call answers, so the
 * caller knows the version that knows them.
 */
@Service
public class Learning {

	/** How an import went: the version now in use, examples sent, examples that changed something, all examples. */
	public record Imported(int modelVersion, int received, int changed, long examples) {
	}

	private final Examples examples;
	private final Classifier classifier;
	private final AuditTrail audit;
	private final TransactionTemplate transaction;

	Learning(Examples examples, Classifier classifier, AuditTrail audit, PlatformTransactionManager transactions) {
		this.examples = examples;
		this.classifier = classifier;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
	}

	public Imported importExamples(Actor actor, List<Example> sent) {
		if (!actor.has(Role.TASK_FORCE)) {
			audit.recordRefusal("monitoring.examples", "examples", "roles " + actor.describeRoles());
			throw new DomainException("forbidden", 403, "monitoring.forbidden");
		}
		List<Example> checked = Examples.check(sent);
		int changed = transaction.execute(status -> {
			int count = examples.add(checked, Examples.Origin.IMPORT, actor.name());
			audit.record("monitoring.examples.imported", "examples", checked.size() + " sent, " + count + " new or "
					+ "relabelled");
			return count;
		});
		int version = classifier.learnNow("IMPORT");
		return new Imported(version, checked.size(), changed, examples.count());
	}
}
