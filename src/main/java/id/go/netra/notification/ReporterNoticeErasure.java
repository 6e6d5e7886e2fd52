package id.go.netra.notification;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deletes the notices addressed to the reporters of cases past their retention period (ADR 0029): they hold the
 * reporter's e-mail address. Notices to agencies stay, as the record of who was told what.
 */
@Component
public class ReporterNoticeErasure {

	private static final int CHUNK = 500;

	private final JdbcClient jdbc;

	ReporterNoticeErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Within the caller's transaction; answers how many notices were deleted. */
	public int forget(Collection<UUID> caseIds) {
		List<UUID> ids = List.copyOf(caseIds);
		int deleted = 0;
		for (int from = 0; from < ids.size(); from += CHUNK) {
			deleted += jdbc.sql("delete from notice where case_id in (:ids) and kind = :kind and agency_code is null")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
				.param("kind", NoticeKind.REPORTER_NEWS.name())
				.update();
		}
		return deleted;
	}
}
