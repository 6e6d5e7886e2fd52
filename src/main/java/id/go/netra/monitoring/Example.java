package id.go.netra.monitoring;

/** A labelled post the classifier learns from: a reviewer's decision or an imported example. */
public record Example(String id, String text, Label label) {
}
