package id.go.netra.pacts;

import org.springframework.stereotype.Component;

import id.go.netra.personnel.Employer;
import id.go.netra.personnel.Employers;

/** Puts a campaign together with its employer's name, its wording's hash and its coverage (one aggregate). */
@Component
class CampaignViews {

	private final Campaigns campaigns;
	private final CoverageCounts coverage;
	private final PactTexts texts;
	private final Employers employers;

	CampaignViews(Campaigns campaigns, CoverageCounts coverage, PactTexts texts, Employers employers) {
		this.campaigns = campaigns;
		this.coverage = coverage;
		this.texts = texts;
		this.employers = employers;
	}

	CampaignView of(Campaign campaign) {
		String sha = texts.find(campaign.textVersion()).map(PactText::sha256).orElse(null);
		int reached = campaign.cascading() ? campaigns.children(campaign.id()).size() : 1;
		return new CampaignView(campaign.id(), campaign.parentId(), campaign.title(), campaign.electionCode(),
				campaign.deadline(), campaign.employerCode(), employerName(campaign.employerCode()),
				campaign.openedByAgency(), campaign.textVersion(), sha, campaign.createdAt(), reached,
				coverage.of(campaign.id()));
	}

	String employerName(String code) {
		return code == null ? null : employers.find(code).map(Employer::name).orElse(code);
	}
}
