package id.go.netra.identity;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What happens after the password: count failures toward the wait of the address they come from, record every
 * sign-in and failure in the audit trail, and send people who need a second factor to the code page (or to enrol
 * one). An unknown name and a wrong password get the same answer.
 */
@Component
class SignInHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	static final String HOME = "/beranda";

	private final UserAccounts accounts;
	private final RequestCache requests = new HttpSessionRequestCache();

	SignInHandlers(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		SignInUser user = (SignInUser) authentication.getPrincipal();
		if (user.totpPending()) {
			response.sendRedirect(request.getContextPath() + (user.totpEnrolled() ? "/masuk/otp" : "/masuk/otp/daftar"));
			return;
		}
		accounts.recordSignIn(user.actor(), "password", request.getRemoteAddr());
		response.sendRedirect(pageAskedFor(request, response));
	}

	/**
	 * The page the person asked for before signing in, as a path on this server: the saved request's full URL was
	 * built from the request's Host header, which a client chooses, so only its path and query are used.
	 */
	private String pageAskedFor(HttpServletRequest request, HttpServletResponse response) {
		SavedRequest saved = requests.getRequest(request, response);
		requests.removeRequest(request, response);
		if (saved == null) {
			return request.getContextPath() + HOME;
		}
		try {
			URI asked = new URI(saved.getRedirectUrl());
			String path = asked.getRawPath();
			if (path != null && path.startsWith("/") && !path.startsWith("//")) {
				return path + (asked.getRawQuery() == null ? "" : "?" + asked.getRawQuery());
			}
		}
		catch (URISyntaxException unreadable) {
			// home, below
		}
		return request.getContextPath() + HOME;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String username = request.getParameter("username");
		String reason;
		if (exception instanceof LockedException) {
			accounts.recordRefused(username, false, request.getRemoteAddr());
			reason = "terkunci";
		}
		else if (exception instanceof DisabledException) {
			accounts.recordRefused(username, true, request.getRemoteAddr());
			reason = "nonaktif";
		}
		else {
			accounts.recordFailure(username, "wrong password", request.getRemoteAddr());
			reason = "gagal";
		}
		response.sendRedirect(request.getContextPath() + "/masuk?" + reason);
	}
}
