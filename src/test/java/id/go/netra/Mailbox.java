package id.go.netra;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;

/** What people received from Netra, read from an in-process SMTP server (GreenMail). */
public final class Mailbox {

	private final GreenMailExtension smtp;

	public Mailbox(GreenMailExtension smtp) {
		this.smtp = smtp;
	}

	/** An in-process SMTP server on a free port, kept for the whole test class. */
	public static GreenMailExtension server() {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			return new GreenMailExtension(new ServerSetup(socket.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
				.withPerMethodLifecycle(false);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** Points Netra's mail at the server. */
	public static void configure(org.springframework.test.context.DynamicPropertyRegistry registry,
			GreenMailExtension smtp) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	/** The texts of the mails to {@code address} whose subject and body contain the given parts. */
	public List<String> bodies(String address, String subjectPart, String bodyPart) {
		List<String> found = new ArrayList<>();
		try {
			for (MimeMessage message : smtp.getReceivedMessages()) {
				Address[] to = message.getAllRecipients();
				String body = (String) message.getContent();
				if (to != null && Arrays.stream(to).anyMatch(a -> a.toString().equals(address))
						&& message.getSubject().contains(subjectPart) && body.contains(bodyPart)) {
					found.add(body);
				}
			}
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
		return found;
	}

	/**
	 * Waits for the {@code count}th mail to {@code address} with this subject part and returns the first group of
	 * {@code pattern} in the newest of them.
	 */
	public String awaitGroup(String address, String subjectPart, int count, Pattern pattern) {
		await("mail " + count + " '" + subjectPart + "' to " + address).atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> bodies(address, subjectPart, "").size() >= count);
		List<String> mails = bodies(address, subjectPart, "");
		Matcher matcher = pattern.matcher(mails.get(mails.size() - 1));
		if (!matcher.find()) {
			throw new AssertionError(pattern + " not in " + mails.get(mails.size() - 1));
		}
		return matcher.group(1);
	}
}
