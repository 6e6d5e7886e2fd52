package id.go.netra.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * A keyset kept as a JSON file, readable only by its owner where the file system says who owns what. A new version
 * is written beside the file, forced to disk and moved over it, so a crash leaves the old keyset or the new one,
 * never half of either.
 */
final class KeysetFile {

	private final Path path;

	KeysetFile(Path path) {
		this.path = path;
	}

	Optional<String> read() {
		try {
			return Files.exists(path) ? Optional.of(Files.readString(path, StandardCharsets.UTF_8)) : Optional.empty();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Netra cannot read its keyset " + path, e);
		}
	}

	void write(String json) {
		try {
			Files.createDirectories(path.getParent());
			Path next = path.resolveSibling(path.getFileName() + ".next");
			Files.deleteIfExists(next);
			try {
				Files.createFile(next, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			catch (UnsupportedOperationException notPosix) {
				Files.createFile(next);
			}
			try (var channel = java.nio.channels.FileChannel.open(next, java.nio.file.StandardOpenOption.WRITE)) {
				channel.write(java.nio.ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)));
				channel.force(true);
			}
			try {
				Files.move(next, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException e) {
				Files.move(next, path, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Netra cannot write its keyset " + path, e);
		}
	}

	Path path() {
		return path;
	}
}
