package id.go.netra.monitoring;

import java.util.List;

/**
 * What a channel gets back for each post: its id in Netra, the classifier's label, score and terms with the model
 * version that scored it, whether it is new ({@code created} false: it was here already, and is not stored twice),
 * and the employee it is linked to, if any.
 */
public record ReceivedPost(long id, String platform, String url, Label label, double score, List<String> terms,
		int modelVersion, boolean created, String authorNip, AuthorLink authorLink) {
}
