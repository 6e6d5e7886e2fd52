package id.go.netra.hearing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.identity.CurrentActor;

/** The PPK's examination form on the case page; a refusal comes back to the case page in words. */
@Controller
class ExaminationPages {

	private final Examinations examinations;
	private final CurrentActor actor;
	private final MessageSource messages;

	ExaminationPages(Examinations examinations, CurrentActor actor, MessageSource messages) {
		this.examinations = examinations;
		this.actor = actor;
		this.messages = messages;
	}

	@PostMapping("/kasus/{id}/pemeriksaan")
	String record(@PathVariable UUID id, @RequestParam(required = false) String firstSummonsOn,
			@RequestParam(required = false) String secondSummonsOn,
			@RequestParam(required = false) String attendance, @RequestParam(required = false) String examinedOn,
			@RequestParam(required = false) String note, @RequestParam(required = false) MultipartFile record,
			RedirectAttributes redirect, Locale locale) {
		try {
			InvalidInput.Collector problems = new InvalidInput.Collector();
			Examinations.Request request = new Examinations.Request(date(problems, "firstSummonsOn", firstSummonsOn),
					date(problems, "secondSummonsOn", secondSummonsOn), attendance(attendance),
					date(problems, "examinedOn", examinedOn), note);
			problems.throwIfAny();
			examinations.record(actor.require(), id, request, HearingApiController.upload(record));
			redirect.addFlashAttribute("examinationSaved", true);
		}
		catch (DomainException refused) {
			redirect.addFlashAttribute("examinationProblem", CaseFormProblems.of(refused, messages, locale));
		}
		return "redirect:/kasus/" + id;
	}

	private static LocalDate date(InvalidInput.Collector problems, String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			problems.reject(field, "hearing.examination.notADate");
			return null;
		}
	}

	private static Examinations.Attendance attendance(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Examinations.Attendance.valueOf(text.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
