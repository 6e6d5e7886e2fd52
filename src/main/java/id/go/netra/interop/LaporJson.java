package id.go.netra.interop;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON of the LAPOR! exchange: fields LAPOR! adds later are ignored rather than refused. */
final class LaporJson {

	static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private LaporJson() {
	}
}
