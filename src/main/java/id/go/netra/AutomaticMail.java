package id.go.netra;

import java.nio.charset.StandardCharsets;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** A plain-text mail Netra sends by itself to a person (marked auto-generated, so no one's autoresponder answers). */
public final class AutomaticMail {

	private AutomaticMail() {
	}

	public static void send(JavaMailSender mail, String from, String to, String subject, String body) {
		mail.send(message -> {
			MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
			helper.setFrom(from);
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(body);
			message.setHeader("Auto-Submitted", "auto-generated");
		});
	}
}
