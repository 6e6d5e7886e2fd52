package id.go.netra.reporting;

/**
 * What a piece of evidence is: a file of one of the accepted kinds, a link to something online, or a record Netra
 * captured itself (a monitored post's snapshot and its timestamp token), kept byte for byte.
 */
public enum EvidenceKind {
	IMAGE, VIDEO, PDF, LINK, CAPTURE
}
