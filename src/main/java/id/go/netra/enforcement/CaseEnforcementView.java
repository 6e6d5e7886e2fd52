package id.go.netra.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.go.netra.Dates;
import id.go.netra.casework.CaseControls;
import id.go.netra.casework.ControlLevel;
import id.go.netra.documents.Letters;

/** Tells casework where a case stands in enforcement: its rung, its block, its letters and its referral. */
@Component
class CaseEnforcementView implements CaseControls {

	private final LadderRows ladders;
	private final Blocks blocks;
	private final Letters letters;
	private final CriminalReferrals referrals;
	private final DisciplineRegister register;
	private final Clock clock;

	CaseEnforcementView(LadderRows ladders, Blocks blocks, Letters letters, CriminalReferrals referrals,
			DisciplineRegister register, Clock clock) {
		this.ladders = ladders;
		this.blocks = blocks;
		this.letters = letters;
		this.referrals = referrals;
		this.register = register;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Control of(UUID caseId) {
		ControlLevel level = ladders.find(caseId).map(LadderRows.Ladder::level).orElse(ControlLevel.NONE);
		Optional<Block> block = blocks.forCase(caseId).stream().max(Comparator.comparing(Block::placedAt));
		List<CaseLetter> archived = letters.forCase(caseId)
			.stream()
			.map(l -> new CaseLetter(l.id(), l.kind().name(), l.number(), l.date()))
			.toList();
		return new Control(level, block.map(Block::placedAt).orElse(null), block.map(Block::liftedAt).orElse(null),
				archived, referrals.forCase(caseId).map(r -> r.stage().name()).orElse(null));
	}

	/** Before the incident, or, without its date, before today in Jakarta (not the server's day). */
	@Override
	@Transactional(readOnly = true)
	public Optional<PriorOffences> priorOffences(String nip, LocalDate before) {
		return register.priorOffences(nip, before == null ? LocalDate.now(clock.withZone(Dates.ZONE)) : before);
	}
}
