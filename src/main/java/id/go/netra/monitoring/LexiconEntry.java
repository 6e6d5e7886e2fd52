package id.go.netra.monitoring;

/**
 * One line of an election's lexicon, as an administrator edits it: a term of a kind, and for names and nicknames
 * the canonical name it stands for ("Bowo" for "Prabowo Subianto"), otherwise null.
 */
public record LexiconEntry(Kind kind, String term, String refersTo) {

	public enum Kind {
		/** A candidate's name or nickname. */
		CANDIDATE,
		/** A candidate pair's name or contraction ("AMIN", "Prabowo-Gibran"). */
		PAIR,
		/** A party's name or abbreviation. */
		PARTY,
		/** A ballot number as people write it ("01", "nomor urut 2"). */
		BALLOT_NUMBER,
		/** A campaign slogan or tagline. */
		SLOGAN,
		/** A campaign hashtag, without '#'. */
		HASHTAG,
		/** A word of campaigning ("coblos", "pilih", "menangkan"). */
		CAMPAIGN_WORD
	}
}
