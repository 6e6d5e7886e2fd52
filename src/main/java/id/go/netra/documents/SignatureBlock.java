package id.go.netra.documents;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * The signature block on the right of a letter: the signing official's position, that the letter is signed
 * electronically, the name in bold and the NIP; and under it the statement with which certificate. Without an
 * official on record for the issuing agency, the draft's own signatory lines as before (title, then name).
 *
 * @param lines the regular lines above the name
 * @param name the name, in bold; null when the block has none
 * @param nip the official's NIP under the name; may be null
 * @param statement the sentence on the electronic signature and its certificate; null when nothing seals it
 */
record SignatureBlock(List<String> lines, String name, String nip, String statement) {

	static final String SIGNED_ELECTRONICALLY = "Ditandatangani secara elektronik";

	SignatureBlock {
		lines = List.copyOf(lines);
	}

	/** The block for this draft: the official on record when the letter's kind is signed by one, else the draft's. */
	static SignatureBlock of(LetterDraft draft, Optional<LetterSignatory> official, X509Certificate seal) {
		String statement = seal == null ? null
				: "Dokumen ini ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh "
						+ issuerOf(seal) + ".";
		if (official.isPresent() && draft.kind().signedByOfficial()) {
			LetterSignatory signatory = official.get();
			List<String> lines = new ArrayList<>(signatory.position().lines().toList());
			lines.add(SIGNED_ELECTRONICALLY);
			return new SignatureBlock(lines, signatory.name(), signatory.nip(), statement);
		}
		List<String> lines = new ArrayList<>(draft.signatory().lines().map(String::strip).filter(l -> !l.isEmpty())
			.toList());
		String name = lines.size() > 1 ? lines.remove(lines.size() - 1) : null;
		if (seal != null) {
			lines.add(SIGNED_ELECTRONICALLY);
		}
		return new SignatureBlock(lines, name, null, statement);
	}

	/** The issuing authority's organisation, else its common name, as a reader knows it. */
	static String issuerOf(X509Certificate certificate) {
		X500Name issuer = X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded());
		for (var attribute : List.of(BCStyle.CN, BCStyle.O)) {
			RDN[] found = issuer.getRDNs(attribute);
			if (found.length > 0) {
				return IETFUtils.valueToString(found[0].getFirst().getValue());
			}
		}
		return certificate.getIssuerX500Principal().getName();
	}
}
