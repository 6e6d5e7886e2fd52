package id.go.netra.monitoring;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.Page;
import id.go.netra.identity.CurrentActor;
import id.go.netra.personnel.Employee;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Monitoring for the task force and agency systems with its role: posts in, scores, decisions, learning. */
@RestController
@RequestMapping("/api/v1/monitoring")
@Tag(name = "Monitoring", description = "Social-media and news posts, the partisan-content classifier, leads")
class MonitoringApiController {

	record Posts(List<IncomingPost> posts) {
	}

	record Items<T>(List<T> items) {
	}

	record ToClassify(String id, String text) {
	}

	record Classifications(List<ToClassify> posts) {
	}

	record Classified(String id, Label label, double score, List<String> terms, int modelVersion) {
	}

	record Examples(List<Example> examples) {
	}

	record Learned(int modelVersion, int received, int changed, long examples) {
	}

	record DecisionRequest(Decision decision, String nip, String note) {
	}

	record DecisionAnswer(MonitoredPost post, String complaintNumber) {
	}

	record AuthorAnswer(String nip, Boolean confirmed) {
	}

	record Candidate(String nip, String name, String employerCode, String positionTitle) {

		static Candidate of(Employee e) {
			return new Candidate(e.nip(), e.name(), e.employerCode(), e.positionTitle());
		}
	}

	record LexiconEntries(List<LexiconEntry> entries) {
	}

	private final PostIntake intake;
	private final MonitoredPosts posts;
	private final PostDecisions decisions;
	private final Classifier classifier;
	private final Learning learning;
	private final Lexicons lexicons;
	private final CurrentActor currentActor;
	private final MonitoringSettings settings;
	private final org.springframework.context.MessageSource messages;

	MonitoringApiController(PostIntake intake, MonitoredPosts posts, PostDecisions decisions, Classifier classifier,
			Learning learning, Lexicons lexicons, CurrentActor currentActor, MonitoringSettings settings,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.intake = intake;
		this.posts = posts;
		this.decisions = decisions;
		this.classifier = classifier;
		this.learning = learning;
		this.lexicons = lexicons;
		this.currentActor = currentActor;
		this.settings = settings;
	}

	@PostMapping(path = "/posts", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('TASK_FORCE')")
	@Operation(summary = "Send posts (up to 1,000 a call): each is stored once per platform and address, captured, "
			+ "linked to its author where known, and scored; the answer lists them in the order sent")
	Items<ReceivedPost> receive(@RequestBody Posts body) {
		return new Items<>(intake.receive(Channel.API, currentActor.require().name(),
				body == null ? null : body.posts()));
	}

	@GetMapping("/posts")
	@PreAuthorize("hasRole('TASK_FORCE')")
	@Operation(summary = "The review queue (status OPEN, strongest score first) or decided posts (LEAD, DISMISSED, ALL)")
	Page<MonitoredPost> list(@RequestParam(defaultValue = "OPEN") MonitoredPosts.Status status,
			@RequestParam(required = false) Label label, @RequestParam(required = false) String platform,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return posts.list(currentActor.require(), status, label, platform, page, size);
	}

	@GetMapping("/posts/{id}")
	@PreAuthorize("hasRole('TASK_FORCE')")
	@Operation(summary = "One post with its capture, score, author link and decision")
	MonitoredPost get(@PathVariable long id) {
		return posts.get(currentActor.require(), id);
	}

	@GetMapping(path = "/posts/{id}/snapshot", produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('TASK_FORCE')")
	@Operation(summary = "The canonical snapshot captured when the post came in, byte for byte (its SHA-256 is the "
			+ "post's capture.sha256)")
	ResponseEntity<byte[]> snapshot(@PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(posts.snapshot(currentActor.require(), id).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	record CaptureAnswer(String sha256, boolean snapshotIntact, Timestamp timestamp, boolean intact) {
	}

	record Timestamp(boolean intact, java.time.Instant genTime, String authority, String serialNumber, String policy,
			String reason) {
	}

	@GetMapping("/posts/{id}/capture")
	@PreAuthorize("hasRole('TASK_FORCE')")
	@Operation(summary = "Check the post's capture: the stored snapshot against its SHA-256, the RFC 3161 timestamp "
			+ "token against that hash (timestamp null while not yet stamped), with the reason in words")
	CaptureAnswer capture(@PathVariable long id, java.util.Locale locale) {
		MonitoredPosts.CaptureCheck check = posts.checkCapture(currentActor.require(), id);
		var t = check.timestamp();
		return new CaptureAnswer(check.sha256(), check.snapshotIntact(), t == null ? null
				: new Timestamp(t.intact(), t.genTime(), t.authority(), t.serialNumber(), t.policy(),
						t.reason(messages, locale)), check.intact());
	}

	@GetMapping("/posts/{id}/timestamp-token")
	@PreAuthorize("hasRole('TASK_FORCE')")
	@Operation(summary = "The RFC 3161 timestamp token (DER) over the snapshot's SHA-256; 404 while not yet stamped. "
			+ "openssl ts -verify -data snapshot.json -in token.tst -token_in -CAfile <authority certificate>")
	ResponseEntity<byte[]> timestampToken(@PathVariable long id) {
		return posts.timestampToken(currentActor.require(), id)
			.map(token -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_OCTET_STREAM)
				.header("Content-Disposition", "attachment; filename=\"cuplikan-pos-" + id + ".tst\"")
				.body(token))
			.orElseThrow(() -> DomainException.notFound("monitoring.capture.notStamped"));
	}

	@GetMapping("/posts/{id}/author-candidates")
	@PreAuthorize("hasRole('TASK_FORCE')")
	@Operation(summary = "Employees the post's author may be, by the name the account shows (and an employer code)")
	Items<Candidate> candidates(@PathVariable long id, @RequestParam(required = false) String employer) {
		return new Items<>(posts.suggestions(currentActor.require(), id, employer).stream().map(Candidate::of).toList());
	}

	@PostMapping(path = "/posts/{id}/author", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('TASK_FORCE')")
	@Operation(summary = "Confirm (confirmed true) or rule out (false) that the post's account is this employee's; a "
			+ "confirmed link is remembered for the account's later posts")
	MonitoredPost author(@PathVariable long id, @RequestBody AuthorAnswer answer) {
		InvalidInput.Collector problems = new InvalidInput.Collector();
		if (answer == null || answer.confirmed() == null) {
			problems.reject("confirmed", "validation.required").throwIfAny();
		}
		return decisions.answerAuthor(currentActor.require(), id, answer.nip(), answer.confirmed());
	}

	@PostMapping(path = "/posts/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('TASK_FORCE')")
	@Operation(summary = "LEAD (files a monitoring finding as an agency report, answering its complaintNumber) or "
			+ "DISMISS (with a reason in note); either is an example the classifier learns from")
	DecisionAnswer decide(@PathVariable long id, @RequestBody DecisionRequest request) {
		PostDecisions.Decided decided = decisions.decide(currentActor.require(), id,
				request == null ? null : request.decision(), request == null ? null : request.nip(),
				request == null ? null : request.note());
		return new DecisionAnswer(decided.post(), decided.complaintNumber());
	}

	@PostMapping(path = "/classifications", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('TASK_FORCE')")
	@Operation(summary = "Score texts without storing them (up to 1,000 a call), for evaluation and other systems")
	Items<Classified> classify(@RequestBody Classifications body) {
		InvalidInput.Collector problems = new InvalidInput.Collector();
		List<ToClassify> texts = body == null ? null : body.posts();
		if (texts == null || texts.isEmpty()) {
			problems.reject("posts", "monitoring.posts.empty").throwIfAny();
		}
		if (texts.size() > settings.maxPostsPerCall()) {
			problems.reject("posts", "monitoring.posts.tooMany", settings.maxPostsPerCall()).throwIfAny();
		}
		for (int i = 0; i < texts.size(); i++) {
			ToClassify one = texts.get(i);
			if (one == null || one.text() == null || one.text().isBlank()) {
				problems.reject("posts[" + i + "].text", "validation.required");
			}
			else if (one.text().length() > PostIntake.MAX_TEXT) {
				problems.reject("posts[" + i + "].text", "validation.tooLongMax", PostIntake.MAX_TEXT);
			}
		}
		problems.throwIfAny();
		List<Classified> items = new ArrayList<>(texts.size());
		for (ToClassify one : texts) {
			Classifier.Scored scored = classifier.score(one.text());
			items.add(new Classified(one.id(), scored.score().label(), scored.score().score(), scored.score().terms(),
					scored.modelVersion()));
		}
		return new Items<>(items);
	}

	@PostMapping(path = "/examples", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('TASK_FORCE')")
	@Operation(summary = "Import labelled examples (id, text, label PARTISAN or NEUTRAL); answers once the model that "
			+ "learned from them is in use, with its version")
	Learned learn(@RequestBody Examples body) {
		Learning.Imported imported = learning.importExamples(currentActor.require(),
				body == null ? null : body.examples());
		return new Learned(imported.modelVersion(), imported.received(), imported.changed(), imported.examples());
	}

	@GetMapping("/models")
	@PreAuthorize("hasRole('TASK_FORCE')")
	@Operation(summary = "The classifier's versions, newest first, and the one in use on this node")
	Models models() {
		return new Models(classifier.version(), classifier.versions());
	}

	record Models(int inUse, List<Classifier.ModelVersion> versions) {
	}

	@GetMapping("/lexicons/{election}")
	@PreAuthorize("hasAnyRole('TASK_FORCE', 'ADMIN')")
	@Operation(summary = "An election's lexicon: candidates, pairs, parties, ballot numbers, slogans, hashtags, "
			+ "campaign words")
	LexiconEntries lexicon(@PathVariable String election) {
		return new LexiconEntries(lexicons.of(election));
	}

	@PutMapping(path = "/lexicons/{election}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Replace an election's lexicon (administrators); the classifier learns again with it")
	LexiconEntries replaceLexicon(@PathVariable String election, @RequestBody LexiconEntries body) {
		return new LexiconEntries(lexicons.replace(election, body == null ? null : body.entries()));
	}
}
