package id.go.netra.enforcement;

import static id.go.netra.enforcement.BlockRows.at;
import static id.go.netra.enforcement.BlockRows.instant;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * PPKs proposed for sanction: when a case's ladder reaches the block, the PPK who let the recommendation lie is
 * proposed to the ministry that oversees them (Kemendagri for regional heads, KemenPANRB for central
 * employers), with a letter. The proposal closes when the sanction is finally imposed or the case closes.
 */
@Component
class PpkSanctionProposals {

	record Proposal(UUID id, String employerCode, String oversightAgency, UUID caseId, String complaintNumber,
			Instant proposedAt, UUID letterId, Instant closedAt) {
	}

	private final JdbcClient jdbc;
	private final ControlLetters letters;

	PpkSanctionProposals(JdbcClient jdbc, ControlLetters letters) {
		this.jdbc = jdbc;
		this.letters = letters;
	}

	void propose(LadderRows.Ladder l, Instant now) {
		String oversight = letters.oversightOf(l.employerCode());
		UUID letter = letters.ppkSanction(l, oversight);
		jdbc.sql("""
				insert into ppk_sanction_proposal (id, employer_code, oversight_agency, case_id, complaint_number,
				  proposed_at, letter_id)
				values (:id, :employer, :oversight, :caseId, :complaintNumber, :at, :letter)
				""")
			.param("id", UUID.randomUUID())
			.param("employer", l.employerCode())
			.param("oversight", oversight)
			.param("caseId", l.caseId())
			.param("complaintNumber", l.complaintNumber())
			.param("at", at(now))
			.param("letter", letter)
			.update();
	}

	void closeFor(UUID caseId, Instant at) {
		jdbc.sql("update ppk_sanction_proposal set closed_at = :at where case_id = :caseId and closed_at is null")
			.param("at", at(at))
			.param("caseId", caseId)
			.update();
	}

	/** Open proposals, oldest first, optionally for one employer. */
	List<Proposal> open(String employerCode) {
		return jdbc.sql("select * from ppk_sanction_proposal where closed_at is null"
				+ (employerCode == null ? "" : " and employer_code = :employer") + " order by proposed_at")
			.params(employerCode == null ? java.util.Map.of() : java.util.Map.of("employer", employerCode))
			.query((rs, row) -> new Proposal(rs.getObject("id", UUID.class), rs.getString("employer_code"),
					rs.getString("oversight_agency"), rs.getObject("case_id", UUID.class), rs.getString("complaint_number"),
					instant(rs, "proposed_at"), rs.getObject("letter_id", UUID.class), instant(rs, "closed_at")))
			.list();
	}
}
