package id.go.netra.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;

import id.go.netra.BrowserTest;
import id.go.netra.DemoAccountRows;

/**
 * Walks the application as each demo account (and as a citizen without one), and submits every form it finds
 * with every checkbox unticked and the browser's own checks switched off, as a careless or hurried person
 * would. Each answer must be a page in the person's language: the form again with a message, or success;
 * never JSON, never a server error. Runs on its own embedded database, since the walk changes what it touches
 * (it unticks "aktif" on catalogue entries, files reports, takes cases), so no other test sees its traces.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "netra.demo.seed=always", "netra.demo.employees=0",
				"netra.data-dir=target/test-data/every-form-${random.uuid}",
				"spring.datasource.url=jdbc:h2:file:${netra.data-dir}/netra;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
				"spring.datasource.username=netra", "spring.datasource.password=" })
class EveryFormBrowserTests extends BrowserTest {

	/** Pages a walk opens per person: enough to reach every kind of page from the menus. */
	private static final int PAGES_PER_PERSON = 60;

	private static final Pattern NOT_A_PAGE = Pattern.compile(
			"^/(api|v3|swagger-ui|actuator|webjars|css|js|img|geo|oauth2|\\.well-known)(/.*)?$|\\.(pdf|csv|xlsx|json|png|svg)$|/(unduh|ekspor|bukti|surat)(/|$)");

	@Test
	void everyFormSubmittedWithEveryCheckboxUntickedAnswersWithAPageNeverJsonNeverAServerError() {
		List<String> wrong = new ArrayList<>();
		Set<String> formsSeen = new LinkedHashSet<>();
		walk(null, formsSeen, wrong);
		for (DemoAccountRows person : people()) {
			walk(person, formsSeen, wrong);
		}
		assertThat(formsSeen).as("forms found").hasSizeGreaterThan(25);
		assertThat(wrong).as("forms that answered wrongly, of " + formsSeen.size() + ": " + formsSeen).isEmpty();
	}

	/** Each account once; the administrator last, as its forms change accounts and roles the others need. */
	private static List<DemoAccountRows> people() {
		List<DemoAccountRows> all = new ArrayList<>(DemoAccountRows.all());
		all.sort((a, b) -> Boolean.compare(a.role().equals("ADMIN"), b.role().equals("ADMIN")));
		return all;
	}

	private void walk(DemoAccountRows person, Set<String> formsSeen, List<String> wrong) {
		String who = person == null ? "citizen" : person.username();
		try (BrowserContext context = desktop(1366)) {
			Page page = context.newPage();
			page.setDefaultTimeout(15_000);
			if (person != null) {
				signIn(page, person);
			}
			Set<String> opened = new LinkedHashSet<>();
			Deque<String> next = new ArrayDeque<>(List.of(person == null ? "/" : "/beranda"));
			while (!next.isEmpty() && opened.size() < PAGES_PER_PERSON) {
				String path = next.poll();
				if (!opened.add(shape(path))) {
					continue;
				}
				Response opening = page.navigate(url(path));
				if (opening == null || opening.status() >= 400 || !isHtml(opening)) {
					continue;
				}
				for (String link : links(page)) {
					if (!opened.contains(shape(link))) {
						next.add(link);
					}
				}
				List<String> forms = new ArrayList<>();
				int count = ((Number) page.evaluate("document.forms.length")).intValue();
				for (int i = 0; i < count; i++) {
					forms.add(formMethod(page, i) + " " + formAction(page, i));
				}
				for (String form : forms) {
					String key = who + " " + form.split(" ")[0] + " " + shape(form.split(" ")[1]);
					if (skipped(form.split(" ")[1], person) || !formsSeen.add(key)) {
						continue;
					}
					String answer = submitUnticked(page, path, form);
					if (answer != null) {
						wrong.add(key + " on " + path + ": " + answer);
					}
				}
			}
		}
	}

	/** Submits {@code form} (method and action) of a freshly opened page; null when the answer is right, else why not. */
	private String submitUnticked(Page page, String path, String form) {
		page.navigate(url(path));
		int index = -1;
		int count = ((Number) page.evaluate("document.forms.length")).intValue();
		for (int i = 0; i < count && index < 0; i++) {
			index = form.equals(formMethod(page, i) + " " + formAction(page, i)) ? i : -1;
		}
		if (index < 0) {
			return null; // an earlier form changed the page (a case taken): nothing left to submit here
		}
		String method = form.split(" ")[0];
		String action = form.split(" ")[1];
		int chosen = index;
		Runnable submit = () -> page.evaluate("""
				i => {
				  const form = document.forms[i];
				  form.noValidate = true;
				  form.querySelectorAll('input[type=checkbox]').forEach(box => box.checked = false);
				  if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
				}""", chosen);
		Response answer;
		try {
			// htmx answers in place; a plain form navigates, through any redirect, to the page that answers it
			answer = isHtmx(page, chosen) ? page.waitForResponse(
					response -> response.request().method().equalsIgnoreCase(method)
							&& URI.create(response.url()).getPath().equals(action), submit::run)
					: page.waitForNavigation(submit::run);
		}
		catch (PlaywrightException failed) {
			return "no answer: " + failed.getMessage().lines().findFirst().orElse("");
		}
		if (answer == null) {
			return "no answer";
		}
		int status = answer.status();
		if (status >= 500) {
			return "HTTP " + status;
		}
		if (!isHtml(answer)) {
			return "answered " + answer.headerValue("content-type") + " instead of a page";
		}
		String body = answer.text();
		if (status >= 400 && !(body.contains("invalid-feedback") || body.contains("alert-danger"))) {
			return "HTTP " + status + " without a message beside the form";
		}
		return null;
	}

	/** Sign-out ends the walk, and an account's own actions (disable, reset) would end the session. */
	private static boolean skipped(String action, DemoAccountRows person) {
		String path = URI.create(action).getPath();
		return path.equals("/keluar") || NOT_A_PAGE.matcher(path).find()
				|| person != null && path.matches(".*/pengguna/" + Pattern.quote(person.username()) + "(/.*)?");
	}

	@SuppressWarnings("unchecked")
	private List<String> links(Page page) {
		List<String> hrefs = (List<String>) page.evaluate("""
				() => [...document.querySelectorAll('a[href]')]
				  .map(a => new URL(a.href, location.href))
				  .filter(u => u.origin === location.origin)
				  .map(u => u.pathname + u.search)""");
		return hrefs.stream()
			.filter(href -> !href.contains("lang=") && !NOT_A_PAGE.matcher(URI.create(href).getPath()).find())
			.toList();
	}

	private static String formAction(Page page, int index) {
		Object action = page.evaluate("i => { const f = document.forms[i]; "
				+ "return f ? new URL(f.getAttribute('hx-post') || f.getAttribute('hx-get') || f.getAttribute('action') || location.pathname, location.href).pathname : null }",
				index);
		return (String) action;
	}

	private static boolean isHtmx(Page page, int index) {
		return (Boolean) page.evaluate(
				"i => document.forms[i].hasAttribute('hx-post') || document.forms[i].hasAttribute('hx-get')", index);
	}

	private static String formMethod(Page page, int index) {
		return ((String) page.evaluate("i => { const f = document.forms[i]; "
				+ "return f.getAttribute('hx-post') ? 'post' : f.getAttribute('hx-get') ? 'get' : (f.getAttribute('method') || 'get') }",
				index)).toUpperCase();
	}

	/** A path with ids, codes and numbers folded, so one case page stands for all case pages. */
	static String shape(String href) {
		String path = URI.create(href).getPath();
		return path.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}")
			.replaceAll("/[A-Z][A-Z0-9]*(-[A-Z0-9]+)+", "/{code}")
			.replaceAll("/\\d[\\d.]*", "/{n}");
	}

	private static boolean isHtml(Response response) {
		String type = response.headerValue("content-type");
		return type != null && type.startsWith("text/html");
	}
}
