/**
 * Advice before an ASN acts ("tanya dulu"): anyone, anonymously or with a NIP, asks whether something is allowed
 * and reads the answer with a code shown once; BKN or the task force answers with the legal basis from the
 * violation catalogue and may publish the question and answer as guidance, which everyone can search, grouped by
 * election phase and topic, without anything about the asker.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Advice before acting",
		allowedDependencies = { "audit", "catalog", "identity", "personnel" })
package id.go.netra.advisory;
