package id.go.netra.sharing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.go.netra.casework.CaseChanged;
import id.go.netra.casework.CaseSnapshot;
import id.go.netra.casework.ControlLevel;
import id.go.netra.enforcement.BlockChanged;
import id.go.netra.enforcement.ControlActionTaken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns what casework and enforcement publish into integration events and writes them to the outbox, with one
 * delivery per entitled subscription. The listeners are plain {@link EventListener}s: they run in the publisher's
 * transaction, so an event exists exactly when the change that caused it was committed. Payloads carry ids, the
 * complaint number, employer, region, stage and times; never the reporter, the accused's name or the summary.
 */
@Component
class Outbox {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String KNOWN = """
			select case_id, complaint_number, region_code, work_region_code, employer_code, forwarded_at
			from sharing_case""";

	private final JdbcClient jdbc;
	private final Subscriptions subscriptions;

	Outbox(JdbcClient jdbc, Subscriptions subscriptions) {
		this.jdbc = jdbc;
		this.subscriptions = subscriptions;
	}

	@EventListener
	void on(CaseChanged changed) {
		CaseSnapshot c = changed.snapshot();
		Instant forwardedAt = c.recommendation() == null ? null : c.recommendation().issuedAt();
		remember(c, forwardedAt);
		EventType type = changed.opened() ? EventType.CASE_OPENED
				: changed.statusChanged() && !c.status().isOpen() ? EventType.CASE_CLOSED : EventType.CASE_CHANGED;
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("case", caseOf(c));
		payload.put("statusBefore", changed.statusBefore() == null ? null : changed.statusBefore().name());
		payload.put("transitions", changed.transitions().stream().map(Enum::name).toList());
		write(type, c.id(), c.complaintNumber(), c.regionCode(), c.subject().workRegionCode(), employerOf(c),
				forwardedAt, changed.at(), payload);
	}

	@EventListener
	void on(ControlActionTaken action) {
		EventType type = switch (action.level()) {
			case WARNING -> EventType.CONTROL_WARNING;
			case REPRIMAND -> EventType.CONTROL_REPRIMAND;
			// the block itself is announced by BlockChanged, which also covers blocks placed by hand
			default -> null;
		};
		if (type == null) {
			return;
		}
		control(type, action.caseId(), action.complaintNumber(), action.employerCode(), action.at(),
				control(action.level(), action.letterId(), null));
	}

	@EventListener
	void on(BlockChanged block) {
		if (block.caseId() == null) {
			return;
		}
		control(block.lifted() ? EventType.CONTROL_UNBLOCKED : EventType.CONTROL_BLOCKED, block.caseId(),
				block.complaintNumber(), block.employerCode(), block.at(),
				control(ControlLevel.BLOCKED, null, block.blockId()));
	}

	private void control(EventType type, UUID caseId, String complaintNumber, String employerCode, Instant at,
			Map<String, Object> control) {
		Known known = known(caseId);
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("case", caseRef(caseId, complaintNumber, employerCode, known));
		payload.put("control", control);
		// enforcement acts only after BKN forwarded the recommendation, so the employer's PPK may hear of it
		Instant forwardedAt = known.forwardedAt() == null ? at : known.forwardedAt();
		write(type, caseId, complaintNumber, known.regionCode(), known.workRegionCode(), employerCode, forwardedAt, at,
				payload);
	}

	private static Map<String, Object> control(ControlLevel level, UUID letterId, UUID blockId) {
		Map<String, Object> control = new LinkedHashMap<>();
		control.put("level", level.name());
		control.put("letterId", letterId == null ? null : letterId.toString());
		control.put("blockId", blockId == null ? null : blockId.toString());
		return control;
	}

	/** The case an event is about, as the events that follow a case's opening name it. */
	static Map<String, Object> caseRef(UUID caseId, String complaintNumber, String employerCode, Known known) {
		Map<String, Object> theCase = new LinkedHashMap<>();
		theCase.put("id", caseId == null ? null : caseId.toString());
		theCase.put("complaintNumber", complaintNumber);
		theCase.put("employerCode", employerCode);
		theCase.put("regionCode", known.regionCode());
		theCase.put("workRegionCode", known.workRegionCode());
		return theCase;
	}

	/**
	 * Writes the event and its deliveries. The scope columns decide who receives it, as {@link
	 * id.go.netra.casework.CaseScope} decides who reads a case: a region matches the regions' supervisors, the
	 * employer matches its PPK once {@code forwardedAt} is set.
	 */
	void write(EventType type, UUID caseId, String complaintNumber, String regionCode, String workRegionCode,
			String employerCode, Instant forwardedAt, Instant at, Map<String, Object> body) {
		UUID id = UUID.randomUUID();
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("id", id.toString());
		payload.put("type", type.wireName());
		payload.put("version", type.version());
		payload.put("occurredAt", at.toString());
		payload.putAll(body);
		IntegrationEvent event = new IntegrationEvent(id, type, caseId, complaintNumber, regionCode, workRegionCode,
				employerCode, forwardedAt, at, JSON.writeValueAsString(payload));
		jdbc.sql("""
				insert into sharing_outbox (id, event_type, event_version, case_id, complaint_number, region_code,
				  work_region_code, employer_code, forwarded_at, occurred_at, payload)
				values (:id, :type, :version, :caseId, :number, :region, :workRegion, :employer, :forwardedAt, :at,
				  :payload)
				""")
			.param("id", id)
			.param("type", type.wireName())
			.param("version", type.version())
			.param("caseId", caseId)
			.param("number", complaintNumber)
			.param("region", regionCode)
			.param("workRegion", workRegionCode)
			.param("employer", employerCode)
			.param("forwardedAt", offset(forwardedAt))
			.param("at", offset(at))
			.param("payload", event.payload())
			.update();
		subscriptions.fanOut(event);
	}

	private static Map<String, Object> caseOf(CaseSnapshot c) {
		Map<String, Object> theCase = new LinkedHashMap<>();
		theCase.put("id", c.id().toString());
		theCase.put("version", c.version());
		theCase.put("complaintNumber", c.complaintNumber());
		theCase.put("status", c.status().name());
		theCase.put("stage", c.stage().name());
		theCase.put("employerCode", employerOf(c));
		theCase.put("regionCode", c.regionCode());
		theCase.put("workRegionCode", c.subject().workRegionCode());
		theCase.put("filedAt", text(c.filedAt()));
		theCase.put("stageStartedAt", text(c.stageStartedAt()));
		theCase.put("deadlineAt", text(c.deadlineAt()));
		theCase.put("overdue", c.overdue());
		theCase.put("recommendedLevel", c.recommendedLevel() == null ? null : c.recommendedLevel().name());
		theCase.put("forwardedAt", c.recommendation() == null ? null : text(c.recommendation().issuedAt()));
		theCase.put("closedAt", text(c.closedAt()));
		theCase.put("closingReason", c.closing() == null ? null : c.closing().reason());
		return theCase;
	}

	private static String employerOf(CaseSnapshot c) {
		return c.subject().employerCode();
	}

	/** What sharing remembers of a case: its regions, employer and when BKN forwarded it (null before). */
	record Known(UUID caseId, String complaintNumber, String regionCode, String workRegionCode, String employerCode,
			Instant forwardedAt) {
	}

	/** Keeps what the enforcement events lack (their regions), newest version first. */
	private void remember(CaseSnapshot c, Instant forwardedAt) {
		int updated = jdbc.sql("""
				update sharing_case set region_code = :region, work_region_code = :workRegion, employer_code = :employer,
				  forwarded_at = :forwardedAt, version = :version
				where case_id = :id and version < :version
				""")
			.param("region", c.regionCode())
			.param("workRegion", c.subject().workRegionCode())
			.param("employer", employerOf(c))
			.param("forwardedAt", offset(forwardedAt))
			.param("version", c.version())
			.param("id", c.id())
			.update();
		if (updated == 0 && find(c.id()).isEmpty()) {
			jdbc.sql("""
					insert into sharing_case (case_id, complaint_number, region_code, work_region_code, employer_code,
					  forwarded_at, version)
					values (:id, :number, :region, :workRegion, :employer, :forwardedAt, :version)
					""")
				.param("id", c.id())
				.param("number", c.complaintNumber())
				.param("region", c.regionCode())
				.param("workRegion", c.subject().workRegionCode())
				.param("employer", employerOf(c))
				.param("forwardedAt", offset(forwardedAt))
				.param("version", c.version())
				.update();
		}
	}

	Known known(UUID caseId) {
		return find(caseId).orElse(new Known(caseId, null, null, null, null, null));
	}

	/** The case a complaint number names, once its opening was seen; empty before. */
	Optional<Known> knownByNumber(String complaintNumber) {
		return jdbc.sql(KNOWN + " where complaint_number = :number")
			.param("number", complaintNumber)
			.query(Outbox::known)
			.optional();
	}

	private Optional<Known> find(UUID caseId) {
		return jdbc.sql(KNOWN + " where case_id = :id").param("id", caseId).query(Outbox::known).optional();
	}

	private static Known known(ResultSet rs, int row) throws SQLException {
		OffsetDateTime forwarded = rs.getObject("forwarded_at", OffsetDateTime.class);
		return new Known(rs.getObject("case_id", UUID.class), rs.getString("complaint_number"),
				rs.getString("region_code"), rs.getString("work_region_code"), rs.getString("employer_code"),
				forwarded == null ? null : forwarded.toInstant());
	}

	static OffsetDateTime offset(Instant at) {
		return at == null ? null : at.atOffset(ZoneOffset.UTC);
	}

	private static String text(Instant at) {
		return at == null ? null : at.toString();
	}
}
