package id.go.netra.analytics;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.go.netra.ClusterSignal;
import id.go.netra.ClusterSignals;
import id.go.netra.personnel.RegistryCensus;
import id.go.netra.personnel.RegistryImported;

/**
 * ASN head counts by province for rates per 10,000, counted once and again after each registry import (one
 * grouped scan of 4.3 million rows is too much for every map request). An import tells every node
 * ({@link ClusterSignals}), not only the one that ran it, so no node keeps the old counts.
 */
@Component
class Headcounts {

	/** The topic of {@link ClusterSignals} that tells every node to count again. */
	private static final String SIGNAL = "headcounts";

	private final RegistryCensus census;
	private final ClusterSignals signals;
	/** Moves on with every signal; counts begun before the latest signal are answered but not kept. */
	private final AtomicLong generation = new AtomicLong();
	private volatile Counted counted;

	Headcounts(RegistryCensus census, ClusterSignals signals) {
		this.census = census;
		this.signals = signals;
	}

	Map<String, Long> byProvince() {
		long now = generation.get();
		Counted known = counted;
		if (known != null && known.generation() == now) {
			return known.byProvince();
		}
		Map<String, Long> fresh = census.activeCivilServantsByProvince();
		if (generation.get() == now) {
			// An import signalled while this count ran may not be in it: keeping it would keep the old figures
			// until the next import.
			counted = new Counted(now, fresh);
		}
		return fresh;
	}

	@ApplicationModuleListener
	void on(RegistryImported imported) {
		signals.send(SIGNAL, "");
	}

	/** This node's and every other node's import (and {@link ClusterSignal#EVERYTHING}): count again when asked. */
	@EventListener
	void on(ClusterSignal signal) {
		if (signal.concerns(SIGNAL)) {
			generation.incrementAndGet();
		}
	}

	private record Counted(long generation, Map<String, Long> byProvince) {
	}
}
