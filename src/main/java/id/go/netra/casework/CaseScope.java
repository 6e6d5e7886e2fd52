package id.go.netra.casework;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.go.netra.identity.Actor;
import id.go.netra.identity.Jurisdiction;
import id.go.netra.identity.Role;

/**
 * Which cases an actor may see, applied as SQL in every case query: all for a national role; for regional
 * roles the cases whose act happened, or whose employee works, in their regions; for a PPK its own employer's
 * cases once BKN has forwarded the recommendation, whatever happened to them since (the joint decree makes the
 * employer of the accused the last to know), and never the conversation with the reporter. A person holding PPK
 * and another role keeps what the other role allows. Anything else is answered as if it did not exist.
 * Analytics applies the same scope to its read model.
 */
public record CaseScope(boolean national, Set<String> regions, String employer) {

	static final CaseScope EVERYTHING = new CaseScope(true, Set.of(), null);

	public static CaseScope of(Actor actor) {
		boolean national = actor.roles()
			.entrySet()
			.stream()
			.anyMatch(entry -> entry.getKey() != Role.PPK && entry.getValue().national());
		if (national) {
			return EVERYTHING;
		}
		Set<String> regions = actor.roles()
			.entrySet()
			.stream()
			.filter(entry -> entry.getKey() != Role.PPK)
			.map(Map.Entry::getValue)
			.flatMap(where -> where.regionCodes().stream())
			.collect(Collectors.toUnmodifiableSet());
		return new CaseScope(false, regions, actor.has(Role.PPK) ? actor.agencyCode() : null);
	}

	boolean covers(CaseSnapshot c) {
		return coversBeyondEmployer(c)
				|| (employer != null && employer.equals(c.subject().employerCode()) && reachedEmployer(c));
	}

	/**
	 * Whether the actor sees the case through a role other than PPK: only then the questions and answers
	 * exchanged with the reporter, which a PPK never sees.
	 */
	boolean seesReporterMessages(CaseSnapshot c) {
		return coversBeyondEmployer(c);
	}

	/** Whether the actor sees cases only as its employer's PPK, so only from BKN's recommendation on. */
	boolean employerOnly() {
		return !national && regions.isEmpty() && employer != null;
	}

	/** Whether BKN has forwarded the recommendation to the employer's PPK: from then on the case is the PPK's. */
	static boolean reachedEmployer(CaseSnapshot c) {
		return c.recommendation() != null;
	}

	private boolean coversBeyondEmployer(CaseSnapshot c) {
		if (national) {
			return true;
		}
		Jurisdiction where = Jurisdiction.of(regions);
		return where.covers(c.regionCode()) || where.covers(c.subject().workRegionCode());
	}

	/** {@link #restrict(StringBuilder, Map, String)} over the case table. */
	void restrict(StringBuilder where, Map<String, Object> params) {
		restrict(where, params, "recommended_at");
	}

	/**
	 * Appends the restriction for a query over rows aliased {@code c} with the columns {@code region_code},
	 * {@code work_region_code} and {@code employer_code} (the case table, and read models that keep them), and
	 * {@code forwardedAt}, the column that holds when BKN forwarded the recommendation (null before).
	 */
	public void restrict(StringBuilder where, Map<String, Object> params, String forwardedAt) {
		if (national) {
			return;
		}
		StringBuilder any = new StringBuilder(" and (1 = 0");
		int i = 0;
		for (String code : regions) {
			any.append(" or c.region_code = :sr").append(i).append(" or c.region_code like :srp").append(i)
				.append(" or c.work_region_code = :sr").append(i).append(" or c.work_region_code like :srp").append(i);
			params.put("sr" + i, code);
			params.put("srp" + i, code + ".%");
			i++;
		}
		if (employer != null) {
			any.append(" or (c.employer_code = :scopeEmployer and c.").append(forwardedAt).append(" is not null)");
			params.put("scopeEmployer", employer);
		}
		where.append(any).append(")");
	}
}
