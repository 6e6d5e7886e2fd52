package id.go.netra.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.go.netra.UserAgent;
import id.go.netra.casework.Officers;
import id.go.netra.screening.Careers.Post;
import tools.jackson.databind.JsonNode;

/**
 * One of the checks over careers (the rotation ban, retaliation) as its integration tests drive it over HTTP: the
 * people a test plants ({@link Careers}) by who they are in the test, the check run as a role, and its leads as a
 * token reads them, picked out for the planted people. What each test plants stays in the test: that is what it is
 * about.
 */
final class CareerCheck {

	private final Officers officers;
	private final UserAgent http;
	private final Careers careers;
	private final String source;
	private final String runs;
	private final Map<String, String> nips = new HashMap<>();

	private CareerCheck(int port, JdbcClient jdbc, String source, String runs) {
		this.officers = new Officers(port);
		this.http = new UserAgent(port);
		this.careers = new Careers(jdbc);
		this.source = source;
		this.runs = runs;
	}

	static CareerCheck rotationBan(int port, JdbcClient jdbc) {
		return new CareerCheck(port, jdbc, "ROTATION_BAN", "/api/v1/screening/rotation-ban/runs");
	}

	static CareerCheck retaliation(int port, JdbcClient jdbc) {
		return new CareerCheck(port, jdbc, "RETALIATION", "/api/v1/screening/retaliation/runs");
	}

	Officers officers() {
		return officers;
	}

	UserAgent http() {
		return http;
	}

	/** Plants a PNS with these posts, oldest first, as {@code who}; answers the NIP. */
	String plant(String who, String name, List<Post> posts) {
		String nip = careers.plant(name, posts);
		nips.put(who, nip);
		return nip;
	}

	String nip(String who) {
		return nips.get(who);
	}

	List<String> nips() {
		return List.copyOf(nips.values());
	}

	/** Runs the check as {@code role}; expects 200 and answers the run's counts. */
	JsonNode run(String role) {
		HttpResponse<String> response = http.postJson(runs, officers.token(role), "");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return UserAgent.json(response);
	}

	/** The check's leads of every status as {@code token} reads them. */
	JsonNode leads(String token) {
		return leads(token, "");
	}

	/** The check's leads of one status as {@code token} reads them. */
	JsonNode leads(String token, String status) {
		HttpResponse<String> response = http.get("/api/v1/screening/leads?source=" + source
				+ (status.isEmpty() ? "" : "&status=" + status) + "&size=200", token);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return UserAgent.json(response);
	}

	/** The leads of a page that are about the planted people, by who they are; one lead per planted change. */
	Map<String, JsonNode> planted(JsonNode page) {
		return Careers.planted(nips, page);
	}

	/** The leads of every status about the planted people that {@code token} reads, by who they are. */
	Map<String, JsonNode> planted(String token) {
		return planted(leads(token));
	}

	/** The leads of one status about the planted people that {@code token} reads, by who they are. */
	Map<String, JsonNode> planted(String token, String status) {
		return planted(leads(token, status));
	}
}
