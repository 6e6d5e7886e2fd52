package id.go.netra.enforcement;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.go.netra.identity.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Criminal referrals to Gakkumdu, with the stages Bawaslu records. */
@RestController
@RequestMapping("/api/v1/referrals")
@Tag(name = "Criminal referrals", description = "Election crimes handed to Gakkumdu")
class ReferralApiController {

	private final CriminalReferrals referrals;
	private final CurrentActor currentActor;

	ReferralApiController(CriminalReferrals referrals, CurrentActor currentActor) {
		this.referrals = referrals;
		this.currentActor = currentActor;
	}

	@GetMapping
	@Operation(summary = "Referrals in the caller's jurisdiction, newest first")
	List<CriminalReferral> search(@RequestParam(required = false) Boolean open) {
		return referrals.search(currentActor.require(), open);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One referral with its stages")
	CriminalReferral one(@PathVariable UUID id) {
		return referrals.find(currentActor.require(), id);
	}

	@PostMapping("/{id}/stages")
	@Operation(summary = "Bawaslu: record how the next Gakkumdu stage ended (CONTINUED, STOPPED; GUILTY or ACQUITTED for the verdict)")
	CriminalReferral stage(@PathVariable UUID id, @RequestBody CriminalReferrals.StageRequest request) {
		return referrals.record(currentActor.require(), id, request);
	}
}
