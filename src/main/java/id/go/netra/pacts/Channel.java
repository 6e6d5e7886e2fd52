package id.go.netra.pacts;

/** How a pact was signed: online through the personal link, or on paper with the scan uploaded by the PPK. */
enum Channel {
	ONLINE, OFFLINE
}
