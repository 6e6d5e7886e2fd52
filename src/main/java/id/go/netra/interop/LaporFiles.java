package id.go.netra.interop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;

/**
 * LAPOR! through folders, where no endpoint is set: every {@code *.json} file in the inbox is one forwarded
 * complaint (read each time; Netra deduplicates on the tracking number), and a handed-over report is written to
 * the hand-over folder under a temporary name and renamed, so LAPOR!'s side never reads half a file. No tracking
 * number comes back this way.
 */
final class LaporFiles implements LaporPort {

	private final Path inbox;
	private final Path handovers;

	LaporFiles(Path inbox, Path handovers) {
		this.inbox = inbox;
		this.handovers = handovers;
	}

	@Override
	public List<LaporComplaint> forwarded() {
		if (!Files.isDirectory(inbox)) {
			return List.of();
		}
		List<LaporComplaint> complaints = new ArrayList<>();
		try (Stream<Path> files = Files.list(inbox)) {
			for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
				complaints.add(LaporJson.JSON.readValue(Files.readString(file, StandardCharsets.UTF_8),
						LaporComplaint.class));
			}
		}
		catch (IOException | JacksonException e) {
			throw new Unavailable("interop.lapor.inboxUnreadable", e.toString());
		}
		return complaints;
	}

	@Override
	public Optional<String> handOver(LaporComplaint complaint) {
		try {
			Files.createDirectories(handovers);
			Path temporary = Files.createTempFile(handovers, ".netra-", ".part");
			try {
				Files.writeString(temporary, LaporJson.JSON.writeValueAsString(complaint), StandardCharsets.UTF_8);
				Files.move(temporary, handovers.resolve(complaint.netraComplaintNumber() + ".json"),
						StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
			return Optional.empty();
		}
		catch (IOException e) {
			throw new Unavailable("interop.lapor.handoverUnwritable", e.toString());
		}
	}
}
