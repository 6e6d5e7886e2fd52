package id.go.netra.enforcement;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.go.netra.identity.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** PPK compliance for the oversight ministries and BKN. */
@RestController
@RequestMapping("/api/v1/compliance")
@Tag(name = "PPK compliance", description = "Follow-up of recommendations by employer")
class ComplianceApiController {

	private final Compliance compliance;
	private final CurrentActor currentActor;

	ComplianceApiController(Compliance compliance, CurrentActor currentActor) {
		this.compliance = compliance;
		this.currentActor = currentActor;
	}

	@GetMapping
	@Operation(summary = "Employers ranked worst first: follow-up rate, median days, open overdue cases, blocks")
	List<Compliance.EmployerCompliance> ranking() {
		return compliance.ranking(currentActor.require());
	}

	@GetMapping("/ppk-sanctions")
	@Operation(summary = "PPKs proposed for sanction to Kemendagri (regional) or KemenPANRB (central), with the letter")
	List<Compliance.SanctionProposal> proposals() {
		return compliance.sanctionProposals(currentActor.require());
	}
}
