package id.go.netra.audit;

import java.time.Instant;

import tools.jackson.databind.json.JsonMapper;

/** A checkpoint as the one line of JSON that is published, and back. */
final class CheckpointLines {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The published form: field names and order fixed, times as ISO-8601 text. */
	record Line(String format, long chainSeq, long entryId, String entryHash, long entries, String entryAt,
			String takenAt, String signature, String timestamp, String timestampedAt) {
	}

	private CheckpointLines() {
	}

	static String write(AuditCheckpoint c) {
		return JSON.writeValueAsString(new Line(AuditCheckpoint.FORMAT, c.chainSeq(), c.entryId(), c.entryHash(),
				c.entries(), c.entryAt().toString(), c.takenAt().toString(), c.signature(), c.timestampToken(),
				c.timestampedAt() == null ? null : c.timestampedAt().toString()));
	}

	/** Reads a published line; throws {@link IllegalArgumentException} when it is not a checkpoint. */
	static AuditCheckpoint read(String text) {
		Line line;
		try {
			line = JSON.readValue(text, Line.class);
		}
		catch (RuntimeException e) {
			throw new IllegalArgumentException("not a checkpoint line", e);
		}
		if (!AuditCheckpoint.FORMAT.equals(line.format()) || line.entryHash() == null || line.signature() == null
				|| line.entryAt() == null || line.takenAt() == null) {
			throw new IllegalArgumentException("not a checkpoint line");
		}
		try {
			return new AuditCheckpoint(line.chainSeq(), line.entryId(), line.entryHash(), line.entries(),
					Instant.parse(line.entryAt()), Instant.parse(line.takenAt()), line.signature(), line.timestamp(),
					line.timestampedAt() == null ? null : Instant.parse(line.timestampedAt()));
		}
		catch (RuntimeException e) {
			throw new IllegalArgumentException("not a checkpoint line", e);
		}
	}
}
