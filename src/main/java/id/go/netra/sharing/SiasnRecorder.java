package id.go.netra.sharing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.go.netra.enforcement.Block;
import id.go.netra.enforcement.BlockChanged;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records every block placed or lifted, by the ladder or by hand, for SIASN. A plain {@link EventListener}: it runs
 * in the block change's transaction, so the push exists exactly when the change was committed. The payload
 * ({@code block.placed} / {@code block.lifted}, version 1) is what SIASN needs to block or unblock: the NIP or
 * employer, what is blocked, the legal basis, the reason and the times; not the employee's name.
 */
@Component
class SiasnRecorder {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SiasnPushes pushes;

	SiasnRecorder(SiasnPushes pushes) {
		this.pushes = pushes;
	}

	@EventListener
	void on(BlockChanged changed) {
		UUID id = UUID.randomUUID();
		String kind = changed.lifted() ? "LIFTED" : "PLACED";
		pushes.record(id, changed.blockId(), kind, changed.nip(), changed.employerCode(),
				JSON.writeValueAsString(payload(id, kind, changed)), changed.at());
	}

	private static Map<String, Object> payload(UUID id, String kind, BlockChanged changed) {
		Block b = changed.block();
		Map<String, Object> block = new LinkedHashMap<>();
		block.put("id", changed.blockId().toString());
		block.put("scope", changed.scope().name());
		block.put("nip", changed.nip());
		block.put("employerCode", changed.employerCode());
		block.put("blocks", b.blocks().name());
		block.put("type", b.type().name());
		block.put("legalBasis", b.legalBasis());
		block.put("reason", b.reason());
		block.put("placedAt", text(b.placedAt()));
		block.put("placedByAgency", b.placedByAgency());
		block.put("caseId", changed.caseId() == null ? null : changed.caseId().toString());
		block.put("complaintNumber", changed.complaintNumber());
		block.put("liftedAt", text(b.liftedAt()));
		block.put("liftReason", b.liftReason());
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("id", id.toString());
		payload.put("type", "block." + kind.toLowerCase(java.util.Locale.ROOT));
		payload.put("version", 1);
		payload.put("occurredAt", changed.at().toString());
		payload.put("block", block);
		return payload;
	}

	private static String text(Instant at) {
		return at == null ? null : at.toString();
	}
}
