package id.go.netra.pacts;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;

/** What the planted employees received from Netra, read from the in-process SMTP server (GreenMail). */
final class PactMailbox {

	private static final Pattern LINK = Pattern.compile("https?://\\S+/pakta/([A-Za-z0-9_-]{43})");
	private static final Pattern CODE = Pattern.compile("(?:Kode sekali pakai Anda|Your one-time code): (\\d{6})");

	private final GreenMailExtension smtp;

	PactMailbox(GreenMailExtension smtp) {
		this.smtp = smtp;
	}

	/** An in-process SMTP server on a free port, kept for the whole test class. */
	static GreenMailExtension server() {
		return id.go.netra.MailServers.onFreePort();
	}

	/** Points Netra's mail at the server and runs the pact mail job every second. */
	static void configure(DynamicPropertyRegistry registry, GreenMailExtension smtp) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
		registry.add("netra.pacts.mail-interval", () -> "PT1S");
	}

	/** The texts of the mails to {@code address} whose subject and body contain the given parts. */
	List<String> bodies(String address, String subjectPart, String bodyPart) {
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

	/** The token of the personal link in the invitation about {@code title}, waiting for it to arrive. */
	String linkToken(String address, String title) {
		await("link mailed to " + address).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
			.until(() -> !bodies(address, "Pakta Integritas", title).isEmpty());
		Matcher link = LINK.matcher(bodies(address, "Pakta Integritas", title).get(0));
		link.find();
		return link.group(1);
	}

	/** The newest one-time code mailed to the address, waiting until there are {@code count} code mails. */
	String code(String address, int count) {
		await("code mail " + count + " to " + address).atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> bodies(address, "Kode sekali pakai", "").size() >= count);
		List<String> codes = bodies(address, "Kode sekali pakai", "");
		Matcher code = CODE.matcher(codes.get(codes.size() - 1));
		code.find();
		return code.group(1);
	}
}
