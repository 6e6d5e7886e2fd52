package id.go.netra.enforcement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import id.go.netra.catalog.Sanction;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where an objection against a sanction goes and its time limits, from {@code classpath:reference/objection-routes.json}
 * (data with its legal basis, like the catalogue; marked unconfirmed until BKN's legal bureau confirms the counts).
 */
@Component
class ObjectionRoutes {

	/** Keberatan to the superior of the official who imposed it, or banding administratif to BPASN. */
	enum Body {
		SUPERIOR, BPASN
	}

	record Route(Body route, List<String> sanctionLevels, List<String> exceptSanctions, List<String> sanctions,
			int fileWithinWorkingDays, int decideWithinWorkingDays, String legalBasis, boolean confirmed) {

		boolean covers(Sanction sanction) {
			if (sanctions != null && sanctions.contains(sanction.code())) {
				return true;
			}
			return sanctionLevels != null && sanctionLevels.contains(sanction.level().name())
					&& (exceptSanctions == null || !exceptSanctions.contains(sanction.code()));
		}
	}

	private record File(List<Route> routes) {
	}

	private final List<Route> routes;

	ObjectionRoutes() {
		JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		try (InputStream in = new ClassPathResource("reference/objection-routes.json").getInputStream()) {
			this.routes = List.copyOf(json.readValue(in, File.class).routes());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The legal basis of a route, as the data states it. */
	String legalBasis(Body body) {
		return routes.stream().filter(route -> route.route() == body).map(Route::legalBasis).findFirst().orElse(null);
	}

	/** The route for this sanction; empty for one no objection lies against (a moral sanction, PP 42/2004). */
	Optional<Route> forSanction(Sanction sanction) {
		return routes.stream().filter(route -> route.covers(sanction)).findFirst();
	}
}
