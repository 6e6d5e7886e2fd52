package id.go.netra.catalog;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the versioned reference datasets under {@code classpath:reference/}; every module that seeds data from
 * them (catalog, identity's agencies, personnel's employers) reads them here.
 */
public final class ReferenceFiles {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ReferenceFiles() {
	}

	/** The dataset {@code reference/<name>.json}; fails loudly when it is missing or not JSON. */
	public static JsonNode read(String name) {
		String path = "reference/" + name + ".json";
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return JSON.readTree(in);
		}
		catch (IOException e) {
			throw new IllegalStateException("Reference dataset " + path + " is missing or unreadable", e);
		}
	}
}
