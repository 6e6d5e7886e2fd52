package id.go.netra.monitoring;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.DomainException;
import id.go.netra.Page;
import id.go.netra.audit.AuditTrail;
import id.go.netra.documents.TimestampAuthority;
import id.go.netra.documents.TimestampVerification;
import id.go.netra.identity.Actor;
import id.go.netra.identity.Role;
import id.go.netra.personnel.Employee;
import id.go.netra.personnel.RegistryScope;

/** Reading the monitored posts: the review queue, one post, its capture, and who may have written it. */
@Service
public class MonitoredPosts {

	static final int MAX_PAGE_SIZE = 100;

	/** Which posts a list shows. */
	public enum Status {
		OPEN, LEAD, DISMISSED, ALL
	}

	/**
	 * A capture checked again: whether the stored snapshot still hashes to the SHA-256 recorded when the post came
	 * in, and whether the timestamp token holds for that hash (null while the post is not yet timestamped).
	 */
	public record CaptureCheck(String sha256, boolean snapshotIntact, TimestampVerification timestamp) {

		public boolean intact() {
			return snapshotIntact && timestamp != null && timestamp.intact();
		}
	}

	private final PostRows rows;
	private final AuthorLinks authors;
	private final AuditTrail audit;
	private final TimestampAuthority timestamps;

	MonitoredPosts(JdbcClient jdbc, AuthorLinks authors, AuditTrail audit, TimestampAuthority timestamps) {
		this.rows = new PostRows(jdbc);
		this.authors = authors;
		this.audit = audit;
		this.timestamps = timestamps;
	}

	/** Checks a post's capture as a court or an auditor would: the snapshot against its hash, the token against it. */
	@Transactional(readOnly = true)
	public CaptureCheck checkCapture(Actor actor, long id) {
		MonitoredPost post = get(actor, id);
		String snapshot = rows.snapshot(id).orElseThrow();
		boolean intact = PostSnapshot.sha256(snapshot.getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.equals(post.capture().sha256());
		TimestampVerification timestamp = rows.timestampToken(id)
			.map(token -> timestamps.verify(java.util.Base64.getDecoder().decode(token),
					java.util.HexFormat.of().parseHex(post.capture().sha256())))
			.orElse(null);
		return new CaptureCheck(post.capture().sha256(), intact, timestamp);
	}

	@Transactional(readOnly = true)
	public Page<MonitoredPost> list(Actor actor, Status status, Label label, String platform, int page, int size) {
		requireReader(actor);
		int checkedSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
		int checkedPage = Math.max(0, page);
		PostRows.Filter filter = new PostRows.Filter(status == null ? Status.OPEN : status, label, platform);
		return new Page<>(rows.list(filter, checkedPage, checkedSize), checkedPage, checkedSize, rows.count(filter));
	}

	@Transactional(readOnly = true)
	public MonitoredPost get(Actor actor, long id) {
		requireReader(actor);
		return rows.find(id).orElseThrow(() -> DomainException.notFound("monitoring.post.notFound"));
	}

	/** The canonical snapshot as captured, byte for byte. */
	@Transactional(readOnly = true)
	public String snapshot(Actor actor, long id) {
		requireReader(actor);
		return rows.snapshot(id).orElseThrow(() -> DomainException.notFound("monitoring.post.notFound"));
	}

	/** The timestamp token (DER), once the authority answered. */
	@Transactional(readOnly = true)
	public Optional<byte[]> timestampToken(Actor actor, long id) {
		requireReader(actor);
		return rows.timestampToken(id).map(java.util.Base64.getDecoder()::decode);
	}

	/** Employees the post's author may be (not for a post whose author is already linked). */
	@Transactional(readOnly = true)
	public List<Employee> suggestions(Actor actor, long id, String employerCode) {
		MonitoredPost post = get(actor, id);
		return authors.suggestions(post.platform(), post.author(), employerCode, RegistryScope.of(actor));
	}

	private void requireReader(Actor actor) {
		if (!actor.has(Role.TASK_FORCE)) {
			audit.recordRefusal("monitoring.read", "posts", "roles " + actor.describeRoles());
			throw new DomainException("forbidden", 403, "monitoring.forbidden");
		}
	}
}
