package id.go.netra.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Bahasa Indonesia by default; {@code ?lang=en} on any page switches to English and is remembered. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private final PublicLimits publicLimits;
	private final ShellModel shell;

	WebConfiguration(PublicLimits publicLimits, ShellModel shell) {
		this.publicLimits = publicLimits;
		this.shell = shell;
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("netra-lang");
		resolver.setDefaultLocaleFunction(request -> {
			// The API follows Accept-Language when it asks for English; pages start in Indonesian.
			String accept = request.getHeader("Accept-Language");
			boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
			return api && accept != null && accept.toLowerCase().startsWith("en") ? Locale.ENGLISH : INDONESIAN;
		});
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
		registry.addInterceptor(publicLimits).addPathPatterns(PublicLimits.PATHS);
		registry.addInterceptor(shell);
	}
}
