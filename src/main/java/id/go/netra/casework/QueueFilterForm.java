package id.go.netra.casework;

import java.util.Arrays;

import org.springframework.web.util.UriComponentsBuilder;

import id.go.netra.identity.Actor;

/**
 * The queue's filters as the page sends them. {@code status} is {@code NEXT} (the open cases whose next step is
 * the officer's: what an officer opens the queue for), {@code OPEN} (every open case in scope), {@code ALL}, or
 * a {@link CaseStatus}. Left empty, it is {@code NEXT} for those who act on cases and {@code OPEN} for those who
 * only watch them (oversight, administrators).
 */
record QueueFilterForm(String status, String number, String nip, String employer, Boolean overdue, Boolean mine,
		Integer page) {

	static final String NEXT = "NEXT";
	static final String OPEN = "OPEN";
	static final String ALL = "ALL";
	static final int PAGE_SIZE = 20;

	/** An unticked box sends nothing at all. */
	QueueFilterForm {
		overdue = Boolean.TRUE.equals(overdue);
		mine = Boolean.TRUE.equals(mine);
		page = page == null ? 0 : page;
	}

	/** These filters with the view chosen for this actor when none was asked for. */
	QueueFilterForm resolved(Actor actor) {
		if (status != null && !status.isBlank()) {
			return this;
		}
		String view = CaseAction.waitingFor(actor.roles().keySet()).isPresent() ? NEXT : OPEN;
		return new QueueFilterForm(view, number, nip, employer, overdue, mine, page);
	}

	/** The filter of these choices; call on {@link #resolved(Actor) resolved} choices. */
	CaseQueue.Filter filter(Actor actor) {
		CaseStatus chosen = chosenStatus();
		boolean open = chosen == null && !ALL.equals(status);
		return new CaseQueue.Filter(chosen, number, nip, employer, overdue ? Boolean.TRUE : null,
				open ? Boolean.TRUE : null, mine ? actor.name() : null, NEXT.equals(status) ? Boolean.TRUE : null, page,
				PAGE_SIZE);
	}

	/** The same filters in another view (the tabs above the queue). */
	public String address(String view) {
		return new QueueFilterForm(view, number, nip, employer, overdue, mine, 0).address();
	}

	/** The page's address with these filters and without the page number, for the pager and redirects. */
	String address() {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/kasus");
		add(uri, "status", status);
		add(uri, "number", number);
		add(uri, "nip", nip);
		add(uri, "employer", employer);
		if (overdue) {
			uri.queryParam("overdue", true);
		}
		if (mine) {
			uri.queryParam("mine", true);
		}
		return uri.encode().build().toUriString();
	}

	private CaseStatus chosenStatus() {
		return Arrays.stream(CaseStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
	}

	private static void add(UriComponentsBuilder uri, String name, String value) {
		if (value != null && !value.isBlank()) {
			uri.queryParam(name, value.trim());
		}
	}
}
