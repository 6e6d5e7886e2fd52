package id.go.netra.advisory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A question and, once answered, its answer. {@code askerNip} is never shown to anyone: officers see the asker's
 * employer ({@code askerEmployerCode}) when the NIP was found in the registry; the public sees
 * {@code publicQuestion}, the officer's wording, once published.
 */
public record AdvisoryQuestion(UUID id, String question, String electionCode, String phaseCode, boolean askedWithNip,
		String askerEmployerCode, Instant askedAt, Status status, String answer, List<String> violationCodes,
		String legalBasis, Topic topic, Instant answeredAt, String answeredByName, String answeredByAgency,
		boolean published, String publicQuestion, Instant publishedAt, int version) {

	public enum Status {
		OPEN, ANSWERED
	}

	public boolean answered() {
		return status == Status.ANSWERED;
	}
}
