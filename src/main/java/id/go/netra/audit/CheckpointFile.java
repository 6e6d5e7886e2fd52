package id.go.netra.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The checkpoint ledger as a file opened for appending only, synced on every line, under an exclusive lock so
 * that two processes sharing the directory never interleave a line. Netra never opens it any other way for
 * writing; give the directory to a different owner, or mark the file append-only ({@code chattr +a}), so the
 * application's own account cannot rewrite it either.
 */
class CheckpointFile implements CheckpointLedger {

	private final Path file;

	CheckpointFile(Path file) {
		this.file = file;
	}

	@Override
	public synchronized void append(String line) {
		if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
			throw new IllegalArgumentException("a checkpoint is published as one line");
		}
		try {
			Files.createDirectories(file.getParent());
			try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.APPEND, StandardOpenOption.DSYNC); FileLock lock = channel.lock()) {
				ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
				while (bytes.hasRemaining()) {
					channel.write(bytes);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("the audit checkpoint could not be published to " + file, e);
		}
	}

	@Override
	public List<String> lines() {
		if (!Files.exists(file)) {
			return List.of();
		}
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException("the audit checkpoints could not be read from " + file, e);
		}
	}

	@Override
	public String location() {
		return file.toString();
	}
}
