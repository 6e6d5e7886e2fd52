package id.go.netra.identity;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

import id.go.netra.audit.AuditTrail;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 for the API as RFC 9457 problem+json, in the caller's language (Accept-Language), like every
 * other API error. A refused action is also written to the audit trail.
 */
@Component
class ApiProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	static final String TYPE_PREFIX = "urn:netra:problem:";

	private final MessageSource messages;
	private final JsonMapper json;
	private final AuditTrail audit;

	ApiProblems(MessageSource messages, AuditTrail audit) {
		this.messages = messages;
		this.json = JsonMapper.builder().build();
		this.audit = audit;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer realm=\"netra\"");
		write(request, response, 401, "unauthorized", "problem.unauthorized.detail");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException exception) throws IOException {
		audit.recordRefusal("ACCESS_DENIED", request.getMethod() + " " + request.getRequestURI(), "role not allowed");
		write(request, response, 403, "forbidden", "problem.forbidden.detail");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, int status, String type,
			String detailCode) throws IOException {
		var locale = RequestContextUtils.getLocale(request);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", TYPE_PREFIX + type);
		problem.put("title", messages.getMessage("problem." + type + ".title", null, type, locale));
		problem.put("status", status);
		problem.put("detail", messages.getMessage(detailCode, null, "", locale));
		problem.put("instance", request.getRequestURI());
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}
}
