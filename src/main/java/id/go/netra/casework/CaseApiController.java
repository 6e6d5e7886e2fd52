package id.go.netra.casework;

import java.util.UUID;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import id.go.netra.ChangeCursor;
import id.go.netra.ChangeLinks;
import id.go.netra.DomainException;
import id.go.netra.Page;
import id.go.netra.casework.CaseDetails.CaseDetail;
import id.go.netra.identity.Actor;
import id.go.netra.identity.CurrentActor;
import id.go.netra.reporting.EvidenceStore;
import id.go.netra.reporting.Reports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Cases for agency systems: a scoped list, one case with its history, and one endpoint per transition. The
 * reporter's identity never appears here: the task force opens it on a stated reason at
 * {@code POST /api/v1/cases/{id}/reporter-identity} (ReporterIdentityApiController). A PPK sees its employer's cases
 * from BKN's recommendation on, without the messages with the reporter.
 */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "The case lifecycle from verification to follow-up")
class CaseApiController {

	/** How a client syncs, for the OpenAPI document (ADR 0043). */
	static final String SYNC = "**Syncing.** Send `changedSince` (an ISO-8601 instant with an offset) once, then the "
			+ "`next` value of each answer as `cursor` (also in the `Link: <...>; rel=\"next\"` header) until `total` "
			+ "equals the number of items; keep the last `next` and send it as `cursor` at the following sync. "
			+ "Changes come in the order they became visible, each change once: a case changed again comes again, "
			+ "later, as it stands then; a change committed late (a long transaction) is numbered when it becomes "
			+ "visible, so it is never behind a cursor already handed out. A change is one to the case record "
			+ "(stage, status, deadline, overdue mark, employee, review, recommendation, follow-up, closing, "
			+ "assignee). In this mode the other filters and `page` are ignored, `size` is at most 200 and `total` "
			+ "counts the changes from this page's start on. The scope is the caller's, as for the list: a PPK's feed "
			+ "starts with the case's recommendation; a case that leaves the caller's scope is not announced. The "
			+ "cursor is opaque and belongs to this list; a malformed instant, a cursor this list did not give out, "
			+ "or both parameters at once are refused with 400.";

	private final Casework casework;
	private final CaseQueue queue;
	private final CaseDetails details;
	private final Reports reports;
	private final EvidenceStore store;
	private final CurrentActor currentActor;

	CaseApiController(Casework casework, CaseQueue queue, CaseDetails details, Reports reports, EvidenceStore store,
			CurrentActor currentActor) {
		this.casework = casework;
		this.queue = queue;
		this.details = details;
		this.reports = reports;
		this.store = store;
		this.currentActor = currentActor;
	}

	@GetMapping
	@Operation(summary = "A page of cases in the caller's scope (for a PPK: its employer's cases from BKN's "
			+ "recommendation on); overdue first, then by deadline. With changedSince or cursor: the changes to sync",
			description = SYNC)
	@ApiResponse(responseCode = "200", description = "A page of cases, or of changes with `next`",
			headers = @Header(name = "Link", description = "In sync mode: `<...cursor=...>; rel=\"next\"`",
					schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "400", description = "changedSince not an instant, a cursor not this list's, or both",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
	ResponseEntity<Page<CaseQueue.Line>> list(@RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) String complaintNumber, @RequestParam(required = false) String nip,
			@RequestParam(required = false) String employer, @RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) Boolean open, @RequestParam(required = false) String assignee,
			@Parameter(description = "true: only the cases whose next step is for one of the caller's roles")
			@RequestParam(required = false) Boolean waitingForMe,
			@Parameter(description = "Sync from this instant (ISO-8601 with offset, e.g. 2026-12-01T00:00:00Z): "
					+ "the cases changed at or after it, in change order")
			@RequestParam(required = false) String changedSince,
			@Parameter(description = "Continue a sync: the `next` value of the previous page of changes")
			@RequestParam(required = false) String cursor,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		Actor actor = currentActor.require();
		ChangeCursor from = ChangeCursor.requested(CaseQueue.FEED, changedSince, cursor);
		if (from == null) {
			return ResponseEntity.ok(queue.search(actor, new CaseQueue.Filter(status, complaintNumber, nip, employer,
					overdue, open, assignee, waitingForMe, page, size)));
		}
		Page<CaseQueue.Line> changes = queue.changes(actor, from, size);
		return ResponseEntity.ok().header(HttpHeaders.LINK, ChangeLinks.next(changes)).body(changes);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One case with its employee, review, recommendation, follow-up, evidence and full history; "
			+ "messages with the reporter are null for a PPK",
			description = "Carries a strong `ETag` (the case's version and a digest of this answer); send it back in "
					+ "`If-None-Match` to get 304 Not Modified, without a body, while nothing you see has changed.")
	@ApiResponse(responseCode = "200", description = "The case", headers = @Header(name = "ETag",
			description = "Strong validator of this answer", schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
	ResponseEntity<CaseDetail> one(@PathVariable UUID id) {
		Actor actor = currentActor.require();
		CaseSnapshot c = casework.find(actor, id).orElseThrow(() -> notFound(id));
		CaseDetail detail = detail(actor, c);
		// Spring answers 304 itself when If-None-Match holds this ETag
		return ResponseEntity.ok().eTag(ChangeLinks.etag(c.version(), detail)).body(detail);
	}

	@PostMapping("/{id}/verification")
	@Operation(summary = "Task force: FORWARD to review, or REJECT with a reason")
	CaseDetail verify(@PathVariable UUID id, @RequestBody CaseRequests.Verification request) {
		Actor actor = currentActor.require();
		return detail(actor, casework.verify(actor, id, request));
	}

	@PostMapping(path = "/{id}/review", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Election supervisor: PROVEN with violations, or NOT_PROVEN")
	CaseDetail review(@PathVariable UUID id, @RequestBody CaseRequests.Review request) {
		Actor actor = currentActor.require();
		return detail(actor, casework.review(actor, id, request));
	}

	@PostMapping(path = "/{id}/review", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Election supervisor: the review with its document (PDF): part 'review' (JSON) and part 'document'")
	CaseDetail reviewWithDocument(@PathVariable UUID id, @RequestPart("review") CaseRequests.Review request,
			@RequestPart(name = "document", required = false) MultipartFile document) {
		Actor actor = currentActor.require();
		return detail(actor, casework.review(actor, id, request, CaseFiles.upload(document)));
	}

	@PostMapping("/{id}/recommendation")
	@Operation(summary = "Civil service agency: forward the recommendation to the employer's PPK")
	CaseDetail recommend(@PathVariable UUID id, @RequestBody(required = false) CaseRequests.Recommendation request) {
		Actor actor = currentActor.require();
		return detail(actor, casework.recommend(actor, id, request));
	}

	@PostMapping(path = "/{id}/follow-up", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "PPK: record the sanction imposed, with the decree")
	CaseDetail followUp(@PathVariable UUID id, @RequestBody CaseRequests.FollowUp request) {
		Actor actor = currentActor.require();
		return detail(actor, casework.recordFollowUp(actor, id, request, null));
	}

	@PostMapping(path = "/{id}/follow-up", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "PPK: record the sanction with the decree PDF: part 'followUp' (JSON) and part 'decree'")
	CaseDetail followUpWithDecree(@PathVariable UUID id, @RequestPart("followUp") CaseRequests.FollowUp request,
			@RequestPart(name = "decree", required = false) MultipartFile decree) {
		Actor actor = currentActor.require();
		return detail(actor, casework.recordFollowUp(actor, id, request, CaseFiles.upload(decree)));
	}

	@PostMapping("/{id}/follow-up/audit")
	@Operation(summary = "Auditor: ACCEPT a follow-up not in accordance, or SEND_BACK to the PPK")
	CaseDetail audit(@PathVariable UUID id, @RequestBody CaseRequests.FollowUpAudit request) {
		Actor actor = currentActor.require();
		return detail(actor, casework.auditFollowUp(actor, id, request));
	}

	@PostMapping("/{id}/cancellation")
	@Operation(summary = "Withdraw an open case, with the reason")
	CaseDetail cancel(@PathVariable UUID id, @RequestBody CaseRequests.Note request) {
		Actor actor = currentActor.require();
		return detail(actor, casework.cancel(actor, id, request));
	}

	@PostMapping("/{id}/separation")
	@Operation(summary = "Close an open case because the employee was dismissed, retired or resigned")
	CaseDetail separate(@PathVariable UUID id, @RequestBody CaseRequests.Note request) {
		Actor actor = currentActor.require();
		return detail(actor, casework.separate(actor, id, request));
	}

	@PostMapping("/{id}/identity")
	@Operation(summary = "Task force: resolve the reported person by NIP or NIK")
	CaseDetail identity(@PathVariable UUID id, @RequestBody CaseRequests.Identity request) {
		Actor actor = currentActor.require();
		return detail(actor, casework.resolveIdentity(actor, id, request));
	}

	@PostMapping("/{id}/merge")
	@Operation(summary = "Task force: close this case as a duplicate of another")
	CaseDetail merge(@PathVariable UUID id, @RequestBody CaseRequests.Merge request) {
		Actor actor = currentActor.require();
		return detail(actor, casework.merge(actor, id, request));
	}

	@PostMapping("/{id}/questions")
	@Operation(summary = "Task force: ask the reporter a question; they see it with their receipt code")
	CaseDetail ask(@PathVariable UUID id, @RequestBody CaseRequests.Question request) {
		Actor actor = currentActor.require();
		return detail(actor, casework.askReporter(actor, id, request));
	}

	@PostMapping("/{id}/assignment")
	@Operation(summary = "Take the case into one's own queue")
	CaseDetail assign(@PathVariable UUID id) {
		Actor actor = currentActor.require();
		return detail(actor, casework.assignToSelf(actor, id));
	}

	@DeleteMapping("/{id}/assignment")
	@Operation(summary = "Give the case back to the shared queue")
	CaseDetail release(@PathVariable UUID id) {
		Actor actor = currentActor.require();
		return detail(actor, casework.release(actor, id));
	}

	@GetMapping("/{id}/files/{sha256}")
	@Operation(summary = "An evidence file, the review document or the decree of a case in the caller's scope; "
			+ "evidence without its metadata, or its original with original=true (task force only)")
	ResponseEntity<Resource> file(@PathVariable UUID id, @PathVariable String sha256,
			@RequestParam(defaultValue = "false") boolean original) {
		Actor actor = currentActor.require();
		CaseSnapshot c = casework.find(actor, id).orElseThrow(() -> notFound(id));
		return CaseFiles.download(actor, c, sha256, original, reports, store, details.hearings());
	}

	private CaseDetail detail(Actor actor, CaseSnapshot c) {
		return details.of(actor, c);
	}

	private static DomainException notFound(UUID id) {
		return DomainException.notFound("casework.case.notFound", id.toString());
	}
}
