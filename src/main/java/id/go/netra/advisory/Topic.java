package id.go.netra.advisory;

/** What a question is about, chosen by the answering officer; published guidance is grouped by it. */
public enum Topic {
	/** posting, liking, sharing, commenting, following, profile pictures */
	SOCIAL_MEDIA,
	/** campaigns, declarations, meetings, photos with candidates */
	CAMPAIGN_AND_EVENTS,
	/** party membership, becoming a candidate, campaign teams, support letters */
	PARTY_AND_CANDIDACY,
	/** decisions, programmes, facilities and staff of the office */
	USE_OF_OFFICE,
	/** a relative who is a candidate, private life, the right to vote */
	FAMILY_AND_PRIVATE_LIFE,
	OTHER
}
