package id.go.netra.documents;

/**
 * Where a timestamp request goes: an RFC 3161 authority over HTTP, or Netra's own demo authority in-process. Takes
 * a DER {@code TimeStampReq}, answers a DER {@code TimeStampResp}; the client checks the answer.
 */
interface TimestampServer {

	byte[] answer(byte[] query);

	/** How the authority is named in errors and logs (its address). */
	String name();
}
