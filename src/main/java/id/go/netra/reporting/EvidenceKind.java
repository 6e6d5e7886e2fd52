package id.go.netra.reporting;

/** What a piece of evidence is: a file of one of the accepted kinds, or a link to something online. */
public enum EvidenceKind {
	IMAGE, VIDEO, PDF, LINK
}
