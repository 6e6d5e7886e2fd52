package id.go.netra.audit;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.go.netra.Dates;
import id.go.netra.audit.AuditVerification.AnchorProblem;
import id.go.netra.audit.AuditVerification.Result;

/** The anchors' verdict in the reader's words, for the administrator's page and the API alike. */
@Component
class AnchorWords {

	private final MessageSource messages;

	AnchorWords(MessageSource messages) {
		this.messages = messages;
	}

	/** One sentence: not anchored yet, anchored and holding, or the first entry that no longer matches. */
	String verdict(Result result, Locale locale) {
		AnchorProblem first = result.firstMismatch();
		if (first != null) {
			AuditCheckpoint anchor = first.checkpoint();
			String sentence = first.entry() == null
					? say("audit.anchors.missing", locale, anchor.chainSeq(), time(anchor.takenAt(), locale))
					: say("audit.anchors.mismatch", locale, first.entry().entryId(), first.entry().chainSeq(),
							time(first.entry().occurredAt(), locale), time(anchor.takenAt(), locale));
			AuditCheckpoint holding = result.lastHolding();
			return holding == null ? sentence + " " + say("audit.anchors.mismatch.fromStart", locale)
					: sentence + " " + say("audit.anchors.mismatch.since", locale, holding.chainSeq(),
							time(holding.takenAt(), locale));
		}
		if (result.lastHolding() == null) {
			return say(result.problems().isEmpty() ? "audit.anchors.none" : "audit.anchors.noneValid", locale);
		}
		return say("audit.anchors.hold", locale, result.checkpoints(), result.lastHolding().chainSeq(),
				time(result.lastHolding().takenAt(), locale));
	}

	/** Each problem with the ledger, one sentence each, in the ledger's line order. */
	List<String> problems(Result result, Locale locale) {
		return result.problems().stream().map(p -> problem(p, locale)).toList();
	}

	private String problem(AnchorProblem p, Locale locale) {
		String key = "audit.anchors.problem." + p.kind().name();
		if (p.checkpoint() == null) {
			return say(key, locale, p.line());
		}
		return say(key, locale, p.line(), p.checkpoint().chainSeq(), time(p.checkpoint().takenAt(), locale));
	}

	private String say(String key, Locale locale, Object... args) {
		Object[] words = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			// numbers as written, not grouped by the locale (an entry id is a name, not a quantity)
			words[i] = String.valueOf(args[i]);
		}
		return messages.getMessage(key, words, locale);
	}

	private static String time(Instant at, Locale locale) {
		return Dates.dateTime(at, locale);
	}
}
