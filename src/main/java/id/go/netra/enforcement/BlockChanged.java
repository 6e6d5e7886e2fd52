package id.go.netra.enforcement;

import java.time.Instant;
import java.util.UUID;

/** A block was placed ({@code lifted} false) or lifted; for notices, analytics and other agencies' systems. */
public record BlockChanged(UUID blockId, Block.Scope scope, String nip, String employerCode, UUID caseId,
		String complaintNumber, boolean lifted, Instant at) {

	static BlockChanged of(Block block, boolean lifted, Instant at) {
		return new BlockChanged(block.id(), block.scope(), block.nip(), block.employerCode(), block.caseId(),
				block.complaintNumber(), lifted, at);
	}
}
