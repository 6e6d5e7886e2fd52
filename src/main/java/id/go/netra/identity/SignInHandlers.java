package id.go.netra.identity;

import java.io.IOException;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What happens after the password: count failures toward the lockout, record every sign-in and failure in
 * the audit trail, and send people whose role needs a second factor to the code page.
 */
@Component
class SignInHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	private final UserAccounts accounts;
	private final SavedRequestAwareAuthenticationSuccessHandler savedRequest = new SavedRequestAwareAuthenticationSuccessHandler();

	SignInHandlers(UserAccounts accounts) {
		this.accounts = accounts;
		savedRequest.setDefaultTargetUrl("/beranda");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, jakarta.servlet.ServletException {
		SignInUser user = (SignInUser) authentication.getPrincipal();
		if (user.totpPending()) {
			response.sendRedirect(request.getContextPath() + (user.totpEnrolled() ? "/masuk/otp" : "/masuk/otp/daftar"));
			return;
		}
		accounts.recordSignIn(user.actor(), "password");
		savedRequest.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String username = request.getParameter("username");
		String reason;
		if (exception instanceof LockedException) {
			accounts.recordRefused(username, false);
			reason = "terkunci";
		}
		else if (exception instanceof DisabledException) {
			accounts.recordRefused(username, true);
			reason = "nonaktif";
		}
		else {
			accounts.recordFailure(username, "wrong password");
			reason = "gagal";
		}
		response.sendRedirect(request.getContextPath() + "/masuk?" + reason);
	}
}
