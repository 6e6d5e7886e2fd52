package id.go.netra.hearing;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.go.netra.Dates;
import id.go.netra.catalog.Regions;

/**
 * What the accused is told is alleged: the day and the place of the act, in their language, and the conduct as the
 * task force phrased it in its own words (ADR 0057), or that it will be explained at the examination. Never the
 * report's own words, which may tell who wrote them, and never who reported.
 */
@Component
class HearingTexts {

	private final MessageSource messages;
	private final Regions regions;

	HearingTexts(MessageSource messages, Regions regions) {
		this.messages = messages;
		this.regions = regions;
	}

	String allegation(Hearing h, Locale locale) {
		String day = h.incidentDate() == null ? messages.getMessage("hearing.allegation.dayUnknown", null, locale)
				: Dates.day(h.incidentDate(), locale);
		String place = h.regionCode() == null ? messages.getMessage("hearing.allegation.placeUnknown", null, locale)
				: regions.nameOf(h.regionCode());
		return messages.getMessage("hearing.allegation", new Object[] { day, place }, locale);
	}

	/** The fixed sentence with what follows it, as a notice (mailed or printed) says it, line by line. */
	String allegationWithDetails(Hearing h, Locale locale) {
		return allegation(h, locale) + "\n" + details(h, locale);
	}

	/** The task force's words under a heading, or the line saying the details come at the examination. */
	String details(Hearing h, Locale locale) {
		return h.allegation() == null ? messages.getMessage("hearing.allegation.atExamination", null, locale)
				: messages.getMessage("hearing.allegation.described", null, locale) + "\n" + h.allegation().text();
	}
}
