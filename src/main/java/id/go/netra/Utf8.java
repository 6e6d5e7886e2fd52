package id.go.netra;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Uploaded text files must be UTF-8 (a byte-order mark is fine). A file saved in another encoding (Windows-1252
 * from an old Excel, UTF-16 from "Unicode Text") is refused as a whole, with the line where it goes wrong and
 * how to save it right, before anything in it is used: silently replacing the bytes would store names with
 * question marks. A NUL character is refused the same way, as text files never hold one (a UTF-16 file of
 * plain letters is valid UTF-8 but for them).
 */
public final class Utf8 {

	/** The message a refusal carries; its argument is the line where the file stops being UTF-8. */
	public static final String NOT_UTF8 = "upload.notUtf8";

	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
		.onMalformedInput(CodingErrorAction.REPORT)
		.onUnmappableCharacter(CodingErrorAction.REPORT);
	private final CharBuffer chars = CharBuffer.allocate(8192);
	private final StringBuilder sink;
	private ByteBuffer pending = ByteBuffer.allocate(0);
	private long line = 1;

	private Utf8(StringBuilder sink) {
		this.sink = sink;
	}

	/** A check of a stream fed piece by piece, keeping nothing but a few bytes of a split character. */
	public static Utf8 check() {
		return new Utf8(null);
	}

	/** The whole text of a small upload, or the refusal. */
	public static String decode(byte[] bytes) {
		Utf8 text = new Utf8(new StringBuilder(bytes.length));
		text.feed(bytes, bytes.length);
		text.finish();
		return text.sink.toString();
	}

	/** Checks the next {@code length} bytes; throws the refusal at the first that are not UTF-8 text. */
	public void feed(byte[] bytes, int length) {
		ByteBuffer input = ByteBuffer.allocate(pending.remaining() + length);
		input.put(pending).put(bytes, 0, length).flip();
		decode(input, false);
		pending = input;
	}

	/** The end of the stream: a character cut off at the end is refused too. */
	public void finish() {
		decode(pending, true);
		chars.clear();
		CoderResult flushed = decoder.flush(chars);
		refuseOn(flushed);
	}

	private void decode(ByteBuffer input, boolean last) {
		while (true) {
			CoderResult result = decoder.decode(input, chars, last);
			take();
			refuseOn(result);
			if (result.isUnderflow()) {
				return;
			}
		}
	}

	private void take() {
		chars.flip();
		for (int i = 0; i < chars.length(); i++) {
			char c = chars.charAt(i);
			if (c == '\0') {
				throw refusal();
			}
			if (c == '\n') {
				line++;
			}
		}
		if (sink != null) {
			sink.append(chars);
		}
		chars.clear();
	}

	private void refuseOn(CoderResult result) {
		if (result.isError()) {
			throw refusal();
		}
	}

	private DomainException refusal() {
		return DomainException.invalid(NOT_UTF8, line);
	}
}
