package id.go.netra.identity;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/** The sign-in form and the second-factor pages (entering a code, enrolling an authenticator app). */
@Controller
class SignInController {

	private static final String ENROLMENT_SECRET = "netra.totp.enrolment";

	private final UserAccounts accounts;
	private final IdentitySettings settings;
	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SignInController(UserAccounts accounts, IdentitySettings settings) {
		this.accounts = accounts;
		this.settings = settings;
	}

	@GetMapping("/masuk")
	String signIn() {
		return "signin";
	}

	@GetMapping("/masuk/otp")
	String codeForm() {
		return "otp";
	}

	@PostMapping("/masuk/otp")
	String code(@RequestParam(defaultValue = "") String code, Authentication authentication, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		SignInUser user = (SignInUser) authentication.getPrincipal();
		String address = request.getRemoteAddr();
		if (accounts.waitFor(user.getUsername(), address).isPresent()) {
			accounts.recordRefused(user.getUsername(), false, address);
			return lockedOut(request);
		}
		if (!accounts.verifyTotp(user.getUsername(), code)) {
			if (accounts.recordFailure(user.getUsername(), "wrong second-factor code", address).isPresent()) {
				return lockedOut(request);
			}
			model.addAttribute("wrong", true);
			return "otp";
		}
		return complete(user, request, response);
	}

	/** The address must wait: the half-signed-in session ends, and the sign-in page says why. */
	private static String lockedOut(HttpServletRequest request) {
		SecurityContextHolder.clearContext();
		request.getSession().invalidate();
		return "redirect:/masuk?terkunci";
	}

	@GetMapping("/masuk/otp/daftar")
	String enrolForm(Authentication authentication, HttpSession session, Model model) {
		SignInUser user = (SignInUser) authentication.getPrincipal();
		if (user.totpEnrolled()) {
			return "redirect:/masuk/otp";
		}
		String secret = (String) session.getAttribute(ENROLMENT_SECRET);
		if (secret == null) {
			secret = Totp.newSecret();
			session.setAttribute(ENROLMENT_SECRET, secret);
		}
		model.addAttribute("secret", secret);
		model.addAttribute("qr", qrDataUri(Totp.otpauthUri(settings.totpIssuer(), user.getUsername(), secret)));
		return "otp-enrol";
	}

	@PostMapping("/masuk/otp/daftar")
	String enrol(@RequestParam(defaultValue = "") String code, Authentication authentication, HttpSession session,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		SignInUser user = (SignInUser) authentication.getPrincipal();
		String secret = (String) session.getAttribute(ENROLMENT_SECRET);
		if (user.totpEnrolled() || secret == null) {
			return "redirect:/masuk/otp";
		}
		if (!accounts.enrolTotp(user.getUsername(), secret, code)) {
			model.addAttribute("wrong", true);
			return enrolForm(authentication, session, model);
		}
		session.removeAttribute(ENROLMENT_SECRET);
		return complete(user, request, response);
	}

	private String complete(SignInUser user, HttpServletRequest request, HttpServletResponse response) {
		SignInUser signedIn = user.withSecondFactor();
		Authentication full = UsernamePasswordAuthenticationToken.authenticated(signedIn, null,
				signedIn.getAuthorities());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(full);
		SecurityContextHolder.setContext(context);
		request.changeSessionId();
		contexts.saveContext(context, request, response);
		accounts.recordSignIn(signedIn.actor(), "password + TOTP", request.getRemoteAddr());
		return "redirect:" + SignInHandlers.HOME;
	}

	static String qrDataUri(String content) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 220, 220);
			BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_INT_RGB);
			for (int x = 0; x < matrix.getWidth(); x++) {
				for (int y = 0; y < matrix.getHeight(); y++) {
					image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
				}
			}
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(image, "png", png);
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
		}
		catch (WriterException | IOException e) {
			throw new IllegalStateException("could not draw the enrolment QR code", e);
		}
	}
}
