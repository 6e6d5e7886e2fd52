package id.go.netra.screening;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import id.go.netra.identity.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Screening over the API: BKN sends a party's membership list; reviewers read the leads of their sources. */
@RestController
@RequestMapping("/api/v1/screening")
@Tag(name = "Screening")
class ScreeningApiController {

	record CaseRequest(String note) {
	}

	record Opened(long lead, String complaintNumber) {
	}

	record DismissalRequest(String reason) {
	}

	private final PartyLists lists;
	private final Leads leads;
	private final LeadDecisions decisions;
	private final CurrentActor currentActor;

	ScreeningApiController(PartyLists lists, Leads leads, LeadDecisions decisions, CurrentActor currentActor) {
		this.lists = lists;
		this.leads = leads;
		this.decisions = decisions;
		this.currentActor = currentActor;
	}

	@PostMapping("/party-members")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "BKN sends a party's membership list (multipart: party, file; optional encoding, e.g. "
			+ "windows-1252, and columns, e.g. \"NIK=Nomor KTP;NAMA=Nama Anggota\"). CSV with NIK, NAMA, TANGGAL_LAHIR, "
			+ "PARTAI, KEPENGURUSAN. Answers the counts, every refused row by line in words, and how many new leads the "
			+ "match against the registry found. The same file for the same party again changes nothing.")
	PartyLists.Summary importList(@RequestParam(required = false) String party,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String encoding, @RequestParam(required = false) String columns) {
		try {
			return lists.importList(currentActor.require(), party, file == null ? null : file.getOriginalFilename(),
					file == null ? null : file.getBytes(), encoding, columns, LocaleContextHolder.getLocale());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@GetMapping("/leads")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The leads of one source (PARTY_MEMBERSHIP), optionally of one status (OPEN, CASE_OPENED, "
			+ "DISMISSED): the employee, the kind of match and its evidence.")
	Leads.LeadPage leads(@RequestParam(required = false) String source, @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return leads.list(currentActor.require(), source, status, page, size, LocaleContextHolder.getLocale());
	}

	@PostMapping("/leads/{id}/case")
	@PreAuthorize("isAuthenticated()")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open a lead as a case: filed through the normal intake as the task force's screening "
			+ "finding, the list's row attached as evidence; optional note. Answers the complaint number.")
	Opened openAsCase(@PathVariable long id, @RequestBody(required = false) CaseRequest request) {
		return new Opened(id, decisions.openAsCase(currentActor.require(), id, request == null ? null : request.note()));
	}

	@PostMapping("/leads/{id}/dismissal")
	@PreAuthorize("isAuthenticated()")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Not a violation: closes the lead with the reason (at least 5 characters).")
	void dismiss(@PathVariable long id, @RequestBody(required = false) DismissalRequest request) {
		decisions.dismiss(currentActor.require(), id, request == null ? null : request.reason());
	}
}
