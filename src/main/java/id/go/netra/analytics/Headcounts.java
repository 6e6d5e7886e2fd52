package id.go.netra.analytics;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.go.netra.personnel.RegistryCensus;
import id.go.netra.personnel.RegistryImported;

/**
 * ASN head counts by province for rates per 10,000, counted once and again after each registry import (one
 * grouped scan of 4.3 million rows is too much for every map request).
 */
@Component
class Headcounts {

	private final RegistryCensus census;
	private final AtomicReference<Map<String, Long>> byProvince = new AtomicReference<>();

	Headcounts(RegistryCensus census) {
		this.census = census;
	}

	Map<String, Long> byProvince() {
		Map<String, Long> known = byProvince.get();
		if (known == null) {
			known = census.activeCivilServantsByProvince();
			byProvince.set(known);
		}
		return known;
	}

	@ApplicationModuleListener
	void on(RegistryImported imported) {
		byProvince.set(null);
	}
}
