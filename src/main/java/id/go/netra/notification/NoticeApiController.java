package id.go.netra.notification;

import java.time.Instant;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.go.netra.Page;
import id.go.netra.identity.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The notices written to the caller's own agency, whatever became of their mail. */
@RestController
@RequestMapping("/api/v1/notices")
@Tag(name = "Notices", description = "What Netra told the caller's agency to do, and whether the mail went out")
class NoticeApiController {

	record NoticeView(long id, UUID caseId, String complaintNumber, NoticeKind kind, String subject, String body,
			String recipient, Notice.Status status, int attempts, Instant createdAt, Instant sentAt) {

		static NoticeView of(Notice n) {
			return new NoticeView(n.id(), n.caseId(), n.complaintNumber(), n.kind(), n.subject(), n.body(),
					n.recipientEmail(), n.status(), n.attempts(), n.createdAt(), n.sentAt());
		}
	}

	private final Notices notices;
	private final CurrentActor actors;

	NoticeApiController(Notices notices, CurrentActor actors) {
		this.notices = notices;
		this.actors = actors;
	}

	@GetMapping
	@Operation(summary = "The caller's agency's notices, newest first")
	Page<NoticeView> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		int pageSize = size <= 0 ? 20 : Math.min(size, 200);
		return notices.ofAgency(actors.require().agencyCode(), Math.max(page, 0), pageSize).map(NoticeView::of);
	}
}
