package id.go.netra.sharing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.go.netra.DomainException;
import id.go.netra.InvalidInput;
import id.go.netra.identity.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Agency systems subscribe to integration events: the catalogue with each event's JSON schema, the subscriptions
 * of the caller's agency (an administrator sees all), and each subscription's delivery log with "send again".
 */
@RestController
@RequestMapping("/api/v1/webhooks")
@PreAuthorize("isAuthenticated()")
@Tag(name = "Webhooks")
class WebhookApiController {

	record CatalogueEntry(String type, int version, String description, String schema) {
	}

	record NewSubscription(String url, List<String> events) {
	}

	record Paused(Boolean paused) {
	}

	/** A subscription with its secret: the only answers that carry it (creating and rotating). */
	record WithSecret(UUID id, String url, List<String> events, boolean paused, Instant createdAt, Instant secretSetAt,
			String secret) {

		static WithSecret of(Subscriptions.Created created) {
			Subscription s = created.subscription();
			return new WithSecret(s.id(), s.url(), s.events(), s.paused(), s.createdAt(), s.secretSetAt(),
					created.secret());
		}
	}

	private static final int LOG_SIZE = 100;

	private final Subscriptions subscriptions;
	private final Deliveries deliveries;
	private final CurrentActor actor;
	private final MessageSource messages;

	WebhookApiController(Subscriptions subscriptions, Deliveries deliveries, CurrentActor actor,
			MessageSource messages) {
		this.subscriptions = subscriptions;
		this.deliveries = deliveries;
		this.actor = actor;
		this.messages = messages;
	}

	@GetMapping("/events")
	@Operation(summary = "The integration events one may subscribe to, with the version of each payload and its JSON schema")
	List<CatalogueEntry> catalogue() {
		return Arrays.stream(EventType.values())
			.map(type -> new CatalogueEntry(type.wireName(), type.version(),
					messages.getMessage(type.descriptionKey(), null, LocaleContextHolder.getLocale()),
					"/api/v1/webhooks/events/" + type.schemaName()))
			.toList();
	}

	@GetMapping("/events/{name}")
	@Operation(summary = "The JSON schema (draft 2020-12) of an event's payload in a version, e.g. case.changed.v1")
	ResponseEntity<byte[]> schema(@PathVariable String name) {
		EventType known = java.util.Arrays.stream(EventType.values())
			.filter(t -> t.schemaName().equals(name))
			.findFirst()
			.orElseThrow(() -> DomainException.notFound("sharing.event.notFound", name));
		try (InputStream in = new ClassPathResource(known.schemaPath()).getInputStream()) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
				.body(in.readAllBytes());
		}
		catch (IOException e) {
			throw new IllegalStateException("schema missing: " + known.schemaPath(), e);
		}
	}

	@PostMapping
	@Operation(summary = "Subscribes the calling API client to events (url: http or https, public address); the answer"
			+ " holds the secret that signs deliveries, which is never shown again")
	ResponseEntity<WithSecret> create(@RequestBody(required = false) NewSubscription form) {
		NewSubscription given = form == null ? new NewSubscription(null, null) : form;
		Subscriptions.Created created = subscriptions.create(actor.require(), given.url(), given.events());
		return ResponseEntity.created(URI.create("/api/v1/webhooks/" + created.subscription().id()))
			.body(WithSecret.of(created));
	}

	@GetMapping
	List<Subscription> list() {
		return subscriptions.visibleTo(actor.require());
	}

	@GetMapping("/{id}")
	Subscription one(@PathVariable UUID id) {
		return subscriptions.require(actor.require(), id);
	}

	@PatchMapping("/{id}")
	@Operation(summary = "{\"paused\": true} stops deliveries (events meanwhile are not kept for it); false resumes them")
	Subscription pause(@PathVariable UUID id, @RequestBody(required = false) Paused form) {
		subscriptions.require(actor.require(), id);
		if (form == null || form.paused() == null) {
			new InvalidInput.Collector().reject("paused", "sharing.webhook.pausedRequired").throwIfAny();
		}
		return subscriptions.pause(actor.require(), id, form.paused());
	}

	@PostMapping("/{id}/secret")
	@Operation(summary = "A new signing secret: the old one stops signing at once; the new one is in the answer")
	WithSecret rotate(@PathVariable UUID id) {
		return WithSecret.of(subscriptions.rotate(actor.require(), id));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		subscriptions.delete(actor.require(), id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/deliveries")
	@Operation(summary = "The subscription's latest deliveries: status, attempts, the last answer, the next attempt")
	List<Delivery> deliveries(@PathVariable UUID id) {
		return deliveries.of(subscriptions.require(actor.require(), id).id(), LOG_SIZE)
			.stream()
			.map(d -> d.inWords(messages, LocaleContextHolder.getLocale()))
			.toList();
	}

	@PostMapping("/deliveries/{id}/again")
	@Operation(summary = "Sends a delivery again now (also one dead-lettered or delivered), with a new retry window")
	ResponseEntity<Void> sendAgain(@PathVariable UUID id) {
		subscriptions.sendAgain(actor.require(), id);
		return ResponseEntity.accepted().build();
	}
}
