package id.go.netra.documents;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import id.go.netra.DemoMode;

/**
 * In demo mode, a synthetic official on record for BKN, so the demo's letters show a complete signature block.
 * The name says it is synthetic; an administrator replaces it on {@code /admin/penandatangan}.
 */
@Component
class DemoSignatories {

	static final String NAME = "Pejabat Penandatangan Contoh (data sintetis)";

	private final DemoMode demo;
	private final LetterSignatories signatories;

	DemoSignatories(DemoMode demo, LetterSignatories signatories) {
		this.demo = demo;
		this.signatories = signatories;
	}

	@EventListener(ApplicationReadyEvent.class)
	void seed() {
		if (demo.enabled() && signatories.all().isEmpty()) {
			signatories.record("BKN", NAME, "197001012000031001", "Kepala Badan Kepegawaian Negara");
		}
	}
}
