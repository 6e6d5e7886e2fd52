package id.go.netra.analytics;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import id.go.netra.audit.AuditAnchors;

/**
 * The public transparency portal (transparansi): the public statistics as a page, with the map, and the audit
 * trail's latest signed checkpoints with the key that checks them (never the audit entries themselves).
 */
@Controller
class TransparencyPages {

	private static final int CHECKPOINTS_SHOWN = 10;

	private final PublicStatistics statistics;
	private final MapData mapData;
	private final AuditAnchors anchors;

	TransparencyPages(PublicStatistics statistics, MapData mapData, AuditAnchors anchors) {
		this.statistics = statistics;
		this.mapData = mapData;
		this.anchors = anchors;
	}

	@GetMapping("/transparansi")
	String portal(Model model) {
		PublicStatistics.Answer answer = statistics.current();
		model.addAttribute("stats", answer);
		model.addAttribute("mapData", mapData.publicProvinces(answer));
		model.addAttribute("checkpoints", anchors.latest(CHECKPOINTS_SHOWN));
		return "analytics/transparency";
	}

	/** The public key of the audit checkpoints' signatures (Tink JSON, Ed25519), for anyone to check them. */
	@GetMapping(value = "/transparansi/kunci-audit", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	String auditKey() {
		return anchors.publicKey();
	}

	/**
	 * The latest checkpoints as published, one JSON line each with its signature, newest first; as text, so that a
	 * browser shows them instead of downloading a file.
	 */
	@GetMapping(value = "/transparansi/checkpoint-audit", produces = "text/plain;charset=UTF-8")
	@ResponseBody
	String auditCheckpoints() {
		return anchors.latestPublished(100);
	}
}
