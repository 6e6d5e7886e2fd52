package id.go.netra.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointLinesUnitTests {

	private final AuditCheckpoint checkpoint = new AuditCheckpoint(42, 57, "a".repeat(64), 40,
			Instant.parse("2026-12-03T01:02:03.004Z"), Instant.parse("2026-12-03T01:10:00Z"), "c2lnbmF0dXJl", null, null);

	@Test
	void aCheckpointIsPublishedAsOneLineAndReadBackAsItWas() {
		String line = CheckpointLines.write(checkpoint);
		assertThat(line).doesNotContain("\n").startsWith("{\"format\":\"netra-audit-checkpoint-v1\",\"chainSeq\":42");
		assertThat(CheckpointLines.read(line)).isEqualTo(checkpoint);
	}

	@Test
	void theSignedBytesAreTheDocumentedText() {
		assertThat(new String(checkpoint.signedPayload(), StandardCharsets.UTF_8)).isEqualTo("""
				netra-audit-checkpoint-v1
				chainSeq=42
				entryId=57
				entryHash=%s
				entries=40
				entryAt=2026-12-03T01:02:03.004Z
				takenAt=2026-12-03T01:10:00Z
				""".formatted("a".repeat(64)));
	}

	@Test
	void whatIsNotACheckpointIsRefused() {
		assertThatThrownBy(() -> CheckpointLines.read("not json")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> CheckpointLines.read("{\"format\":\"other\"}"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> CheckpointLines.read(CheckpointLines.write(checkpoint).replace("2026-12-03T01:10:00Z", "yesterday")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theFileOnlyGrowsAndTakesNoLineBreaks(@TempDir Path directory) throws Exception {
		CheckpointFile file = new CheckpointFile(directory.resolve("anchors").resolve("checkpoints.jsonl"));
		assertThat(file.lines()).isEmpty();
		file.append("first");
		file.append("second");
		assertThatThrownBy(() -> file.append("third\n{forged}")).isInstanceOf(IllegalArgumentException.class);
		assertThat(file.lines()).containsExactly("first", "second");
		assertThat(Files.readString(directory.resolve("anchors").resolve("checkpoints.jsonl"))).isEqualTo("first\nsecond\n");
	}
}
