package id.go.netra;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

/** In-process SMTP servers (GreenMail) for the tests that read what Netra mailed. */
public final class MailServers {

	private MailServers() {
	}

	/** An SMTP server on a free port of 127.0.0.1, kept for the whole test class. */
	public static GreenMailExtension onFreePort() {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			return new GreenMailExtension(new ServerSetup(socket.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
				.withPerMethodLifecycle(false);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
