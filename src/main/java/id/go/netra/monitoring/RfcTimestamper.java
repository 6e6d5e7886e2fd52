package id.go.netra.monitoring;

import java.util.Optional;

import org.springframework.stereotype.Component;

import id.go.netra.documents.TimestampAuthority;

/**
 * The capture stamper's authority: documents' RFC 3161 port (ADR 0037), the configured timestamp authority or, in
 * the demo, Netra's own. Empty without either; an authority that does not answer throws, and the next round of
 * {@link CaptureStamps} tries again.
 */
@Component
class RfcTimestamper implements CaptureStamps.Timestamper {

	private final TimestampAuthority authority;

	RfcTimestamper(TimestampAuthority authority) {
		this.authority = authority;
	}

	@Override
	public Optional<CaptureStamps.Stamp> stamp(byte[] sha256) {
		return authority.stamp(sha256)
			.map(token -> new CaptureStamps.Stamp(token.encoded(), token.genTime(), token.authority()));
	}
}
