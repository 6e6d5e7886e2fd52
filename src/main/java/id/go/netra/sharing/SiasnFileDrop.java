package id.go.netra.sharing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * The file drop: one JSON file per block change in a directory SIASN's side collects from (a shared folder, an
 * SFTP pick-up). Each file is written under a temporary name in the same directory and then renamed, atomically,
 * so a collector never reads half a file; the name starts with the change's zero-padded sequence number, so the
 * files sort in the order the changes happened ({@code 000000000042-<block id>-placed.json}). Writing the same
 * change again replaces its file.
 */
final class SiasnFileDrop implements SiasnPort {

	static final String CHANNEL = "FILE";

	private final Path directory;

	SiasnFileDrop(Path directory) {
		this.directory = directory;
	}

	@Override
	public Outcome push(Change change) {
		String name = "%012d-%s-%s.json".formatted(change.seq(), change.blockId(),
				change.change().toLowerCase(Locale.ROOT));
		try {
			Files.createDirectories(directory);
			Path temporary = Files.createTempFile(directory, ".netra-", ".part");
			try {
				Files.writeString(temporary, change.payload(), StandardCharsets.UTF_8);
				Files.move(temporary, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE,
						StandardCopyOption.REPLACE_EXISTING);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
			return Outcome.delivered(CHANNEL, null, name);
		}
		catch (IOException e) {
			return Outcome.failed(CHANNEL, null, "sharing.siasn.failure.file", e.getClass().getSimpleName());
		}
	}
}
