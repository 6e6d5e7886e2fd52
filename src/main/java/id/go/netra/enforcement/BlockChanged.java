package id.go.netra.enforcement;

import java.time.Instant;
import java.util.UUID;

/**
 * A block was placed ({@code lifted} false) or lifted; for notices, analytics and other agencies' systems.
 * {@code block} is the block as it stands after the change (with its reasons and times), so a listener that
 * tells another system about it need not load it again.
 */
public record BlockChanged(UUID blockId, Block.Scope scope, String nip, String employerCode, UUID caseId,
		String complaintNumber, boolean lifted, Instant at, Block block) {

	static BlockChanged of(Block block, boolean lifted, Instant at) {
		return new BlockChanged(block.id(), block.scope(), block.nip(), block.employerCode(), block.caseId(),
				block.complaintNumber(), lifted, at, block);
	}
}
