package id.go.netra.hearing;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import id.go.netra.casework.CaseHearings;

/** The hearing as casework shows it on the case, for every officer who may see the case. */
@Component
class CaseHearingView implements CaseHearings {

	private final Hearings hearings;
	private final Examinations examinations;
	private final Clock clock;

	CaseHearingView(Hearings hearings, Examinations examinations, Clock clock) {
		this.hearings = hearings;
		this.examinations = examinations;
		this.clock = clock;
	}

	@Override
	public Optional<DueProcess> of(UUID caseId) {
		Optional<Examination> examination = examinations.find(caseId);
		Optional<Hearing> found = hearings.find(caseId);
		if (found.isEmpty() && examination.isEmpty()) {
			return Optional.empty();
		}
		Hearing h = found.orElse(null);
		Clarification clarification = h == null || !h.clarified() ? null
				: new Clarification(h.clarifiedAt(), h.statement(), h.clarifiedVia().name(), h.clarifiedByName(),
						hearings.files(caseId));
		Hearing.Allegation allegation = h == null ? null : h.allegation();
		return Optional.of(new DueProcess(h == null ? null : h.channel().name(), h == null ? null : h.noticeSentAt(),
				h == null || h.noticeSentAt() == null ? null : h.clarificationDueAt(), clarification,
				h == null || h.reviewFound() == null ? null : h.reviewFound().name(), h == null ? null : h.reviewedAt(),
				examination.orElse(null), allegation == null ? null : allegation.text(),
				allegation == null ? null : allegation.writtenAt(), allegation == null ? null : allegation.writtenByName(),
				h != null && h.allegationChangeable(clock.instant())));
	}

	@Override
	public Optional<HearingFile> file(UUID caseId, String sha256) {
		Optional<HearingFile> given = hearings.files(caseId).stream().filter(f -> f.sha256().equals(sha256)).findFirst();
		if (given.isPresent()) {
			return given;
		}
		return examinations.find(caseId)
			.filter(e -> sha256.equals(e.recordSha256()))
			.map(e -> new HearingFile(sha256, "bap-pemeriksaan.pdf", "application/pdf", 0));
	}
}
