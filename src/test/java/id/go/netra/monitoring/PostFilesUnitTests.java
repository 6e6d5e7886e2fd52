package id.go.netra.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.go.netra.DomainException;
import id.go.netra.InvalidInput;

/** Reading the files crawlers and platform tools export: what comes in, what is refused row by row or whole. */
class PostFilesUnitTests {

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String refusal(Runnable read) {
		try {
			read.run();
		}
		catch (DomainException refused) {
			return refused.messageCode();
		}
		throw new AssertionError("the file was not refused");
	}

	@Test
	void aCsvFileWithIndonesianHeadersInAnyCaseAndOrderIsRead() {
		List<PostFiles.Row> rows = PostFiles.read("ekspor.CSV", null, utf8("""
				TEKS,Tautan,PLATFORM,penulis,Waktu,media
				"Ayo coblos, nomor 2!",https://x.com/a/status/1,X,@budi,2024-01-20 10:15,https://cdn.example.org/1.jpg|https://cdn.example.org/2.jpg
				Kerja bakti,https://x.com/a/status/2,x,,2024-01-20T10:15:00+08:00,
				"""));

		assertThat(rows).hasSize(2);
		PostFiles.Row first = rows.get(0);
		assertThat(first.line()).isEqualTo(2);
		assertThat(first.problems()).isEmpty();
		assertThat(first.post().text()).isEqualTo("Ayo coblos, nomor 2!");
		assertThat(first.post().platform()).isEqualTo("X");
		assertThat(first.post().author()).isEqualTo("@budi");
		// a time without offset is Jakarta time (UTC+7)
		assertThat(first.post().postedAt()).isEqualTo(Instant.parse("2024-01-20T03:15:00Z"));
		assertThat(first.post().media()).containsExactly("https://cdn.example.org/1.jpg",
				"https://cdn.example.org/2.jpg");
		assertThat(rows.get(1).post().postedAt()).isEqualTo(Instant.parse("2024-01-20T02:15:00Z"));
		assertThat(rows.get(1).post().author()).isNull();
		assertThat(rows.get(1).post().media()).isEmpty();
	}

	@Test
	void aByteOrderMarkIsIgnoredInBothKinds() {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] csv = concat(bom, utf8("platform,url,text\ninstagram,https://instagram.com/p/1,halo\n"));
		assertThat(PostFiles.read("a.csv", null, csv).get(0).post().platform()).isEqualTo("instagram");
		byte[] jsonl = concat(bom, utf8("{\"platform\":\"x\",\"url\":\"https://x.com/1\",\"text\":\"halo\"}\n"));
		assertThat(PostFiles.read("a.jsonl", null, jsonl).get(0).post().platform()).isEqualTo("x");
	}

	@Test
	void aBadRowAmongGoodOnesIsKeptWithItsLineAndProblem() {
		List<PostFiles.Row> rows = PostFiles.read("a.csv", null, utf8("""
				platform,url,author,postedAt,text,media
				x,https://x.com/1,,2024-01-20T10:00:00Z,satu,

				x,https://x.com/2,,kemarin sore,dua,
				x,https://x.com/3,,,tiga,
				"""));

		assertThat(rows).extracting(PostFiles.Row::line).containsExactly(2L, 4L, 5L);
		assertThat(rows.get(0).problems()).isEmpty();
		assertThat(rows.get(1).problems()).extracting(InvalidInput.FieldProblem::field).containsExactly("postedAt");
		assertThat(rows.get(1).problems().get(0).messageCode()).isEqualTo("monitoring.upload.postedAt");
		assertThat(rows.get(1).written()).containsExactly("x", "https://x.com/2", "", "kemarin sore", "dua", "");
		assertThat(rows.get(2).problems()).isEmpty();
	}

	@Test
	void aJsonLineThatIsNotJsonIsARowProblemAndTheOthersAreRead() {
		List<PostFiles.Row> rows = PostFiles.read("crawl.ndjson", null, utf8("""
				{"platform": "tiktok", "url": "https://www.tiktok.com/@a/video/1", "text": "satu", "media": ["https://cdn.example.org/v.mp4"], "postedAt": "2024-02-01T08:00:00+07:00"}
				{"platform": "tiktok", "url": "https://www.tiktok.com/@a/video/2", "text": "dua"
				["bukan", "objek"]
				{"platform": "tiktok", "tautan": "https://www.tiktok.com/@a/video/3", "teks": 42}
				"""));

		assertThat(rows).extracting(PostFiles.Row::line).containsExactly(1L, 2L, 3L, 4L);
		assertThat(rows.get(0).problems()).isEmpty();
		assertThat(rows.get(0).post().media()).containsExactly("https://cdn.example.org/v.mp4");
		assertThat(rows.get(0).post().postedAt()).isEqualTo(Instant.parse("2024-02-01T01:00:00Z"));
		assertThat(rows.get(1).post()).isNull();
		assertThat(rows.get(1).problems().get(0).messageCode()).isEqualTo("monitoring.upload.notJson");
		assertThat(rows.get(2).problems().get(0).messageCode()).isEqualTo("monitoring.upload.notJson");
		assertThat(rows.get(3).problems()).extracting(InvalidInput.FieldProblem::field).containsExactly("text");
		assertThat(rows.get(3).post().url()).isEqualTo("https://www.tiktok.com/@a/video/3");
	}

	@Test
	void aFileOfAnotherKindAnEmptyFileAndAMissingColumnAreRefusedWhole() {
		assertThat(refusal(() -> PostFiles.read("posts.xlsx", "application/vnd.ms-excel", utf8("x"))))
			.isEqualTo("monitoring.upload.type");
		assertThat(refusal(() -> PostFiles.read("posts.csv", null, new byte[0]))).isEqualTo("monitoring.upload.empty");
		assertThat(refusal(() -> PostFiles.read("posts.jsonl", null, utf8("\n \n")))).isEqualTo("monitoring.upload.empty");
		assertThat(refusal(() -> PostFiles.read("posts.csv", null, utf8("platform,url,text\n"))))
			.isEqualTo("monitoring.upload.empty");
		DomainException missing = (DomainException) catchThrowable(
				() -> PostFiles.read("posts.csv", null, utf8("platform,penulis,teks\nx,@a,halo\n")));
		assertThat(missing.messageCode()).isEqualTo("monitoring.upload.columns");
		assertThat(missing.arguments()[0]).isEqualTo("url/tautan");
		assertThat(refusal(() -> PostFiles.read("posts.csv", null, utf8("platform,url,text\nx,\"https://x.com/1,halo\n"))))
			.isEqualTo("monitoring.upload.unreadable");
		assertThat(refusal(() -> PostFiles.read("posts.csv", null,
				"platform,url,text\nx,https://x.com/1,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1))))
			.isEqualTo(id.go.netra.Utf8.NOT_UTF8);
	}

	@Test
	void theKindComesFromTheNameElseFromTheDeclaredType() {
		assertThat(PostFiles.Format.of(null, "text/csv; charset=utf-8")).contains(PostFiles.Format.CSV);
		assertThat(PostFiles.Format.of(null, "application/x-ndjson")).contains(PostFiles.Format.JSONL);
		assertThat(PostFiles.Format.of("a.jsonl", "text/plain")).contains(PostFiles.Format.JSONL);
		assertThat(PostFiles.Format.of("a.json", "application/json")).isEmpty();
		assertThat(PostFiles.Format.of("a.xlsx", "text/csv")).isEmpty();
		assertThat(PostFiles.Format.of("ekspor", "text/csv")).contains(PostFiles.Format.CSV);
		assertThatThrownBy(() -> PostFiles.read(null, null, utf8("a"))).isInstanceOf(DomainException.class);
	}

	@Test
	void timesWithAndWithoutOffset() {
		assertThat(PostFiles.time("2024-01-20T10:00:00Z")).isEqualTo(Instant.parse("2024-01-20T10:00:00Z"));
		assertThat(PostFiles.time("2024-01-20T10:00+07:00")).isEqualTo(Instant.parse("2024-01-20T03:00:00Z"));
		assertThat(PostFiles.time("2024-01-20 10:00:30")).isEqualTo(Instant.parse("2024-01-20T03:00:30Z"));
		assertThat(PostFiles.time("2024-01-20")).isNull();
		assertThat(PostFiles.time("20/01/2024 10:00")).isNull();
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] all = new byte[a.length + b.length];
		System.arraycopy(a, 0, all, 0, a.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}
}
