package id.go.netra.monitoring;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.go.netra.identity.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Administrators manage the crawlers that may push posts: create (the secret shown once), rotate, disable. */
@RestController
@RequestMapping("/api/v1/monitoring/push-sources")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Monitoring")
class PushSourceApiController {

	record NewSource(String name) {
	}

	record Enabled(Boolean enabled) {
	}

	/** A source with its secret: the only answer that carries it. */
	record WithSecret(String name, String secret, boolean enabled, Instant secretSetAt) {
	}

	private final PushSources sources;
	private final CurrentActor actor;

	PushSourceApiController(PushSources sources, CurrentActor actor) {
		this.sources = sources;
		this.actor = actor;
	}

	@GetMapping
	List<PushSource> list() {
		return sources.all();
	}

	@PostMapping
	@Operation(summary = "Creates a push source (name: lower-case letters, digits and '-', 2 to 60); the answer holds"
			+ " its secret, which is never shown again")
	ResponseEntity<WithSecret> create(@RequestBody NewSource form) {
		String secret = sources.create(form.name(), actor.require().name());
		PushSource created = sources.require(form.name().strip());
		return ResponseEntity.created(URI.create("/api/v1/monitoring/push-sources/" + created.name()))
			.body(new WithSecret(created.name(), secret, created.enabled(), created.secretSetAt()));
	}

	@PostMapping("/{name}/secret")
	@Operation(summary = "Rotates the source's secret: the old one stops working at once; the new one is in the answer")
	WithSecret rotate(@PathVariable String name) {
		String secret = sources.rotate(name);
		PushSource source = sources.require(name);
		return new WithSecret(source.name(), secret, source.enabled(), source.secretSetAt());
	}

	@PatchMapping("/{name}")
	@Operation(summary = "{\"enabled\": false} refuses the source's pushes from now on; true accepts them again")
	PushSource enable(@PathVariable String name, @RequestBody Enabled form) {
		if (form.enabled() == null) {
			new id.go.netra.InvalidInput.Collector().reject("enabled", "monitoring.push.enabledRequired").throwIfAny();
		}
		return sources.setEnabled(name, form.enabled());
	}
}
