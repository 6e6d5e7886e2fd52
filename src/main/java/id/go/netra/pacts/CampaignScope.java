package id.go.netra.pacts;

import id.go.netra.identity.Actor;
import id.go.netra.identity.Role;

/**
 * Who sees which campaigns: BKN and the overseeing ministries (KemenPANRB, Kemendagri) nationally, with a national
 * jurisdiction; the agency that opened a cascade its own; a PPK its own employer's. Anything else is not found.
 */
final class CampaignScope {

	private CampaignScope() {
	}

	static boolean national(Actor actor) {
		return holdsNationally(actor, Role.CIVIL_SERVICE_AGENCY) || holdsNationally(actor, Role.OVERSIGHT);
	}

	/** Whether the actor may open a cascade to many employers rather than a campaign for its own. */
	static boolean cascades(Actor actor) {
		return actor.has(Role.CIVIL_SERVICE_AGENCY) || actor.has(Role.OVERSIGHT);
	}

	static boolean sees(Actor actor, Campaign campaign) {
		if (national(actor) || actor.agencyCode().equals(campaign.openedByAgency()) && campaign.cascading()) {
			return true;
		}
		return actor.has(Role.PPK) && actor.agencyCode().equals(campaign.employerCode());
	}

	/** Whether the actor records paper pacts and hands out links for the campaign: its employer's PPK only. */
	static boolean administers(Actor actor, Campaign campaign) {
		return actor.has(Role.PPK) && !campaign.cascading() && actor.agencyCode().equals(campaign.employerCode());
	}

	private static boolean holdsNationally(Actor actor, Role role) {
		return actor.jurisdiction(role).map(where -> where.national()).orElse(false);
	}
}
