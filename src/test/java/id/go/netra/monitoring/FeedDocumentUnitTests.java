package id.go.netra.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class FeedDocumentUnitTests {

	static byte[] resource(String name) throws IOException {
		try (InputStream in = FeedDocumentUnitTests.class.getResourceAsStream("/monitoring/" + name)) {
			return in.readAllBytes();
		}
	}

	@Test
	void anRssFeedGivesItsItemsWithLinksDatesAuthorsAndPlainText() throws Exception {
		FeedDocument feed = FeedDocument.parse(resource("berita.rss.xml"), URI.create("https://warta.example/rss"));

		assertThat(feed.title()).isEqualTo("Warta Uji Nusantara");
		assertThat(feed.items()).hasSize(3);
		FeedDocument.Item first = feed.items().get(0);
		assertThat(first.link()).isEqualTo("https://warta.example/berita/1");
		assertThat(first.author()).isEqualTo("Redaksi Warta");
		assertThat(first.published()).isEqualTo(Instant.parse("2024-12-02T01:30:00Z"));
		assertThat(first.text()).isEqualTo(
				"Kepala Dinas hadir di kampanye\n\nSeorang kepala dinas terlihat & berfoto di panggung kampanye.");
		FeedDocument.Item second = feed.items().get(1);
		assertThat(second.link()).as("a relative link is resolved against the feed").isEqualTo("https://warta.example/berita/2");
		assertThat(second.author()).isEmpty();
		assertThat(second.summary()).isEqualTo("Ajakan disampaikan di depan warga.");
		assertThat(feed.items().get(2).link()).isEmpty();
	}

	@Test
	void anAtomFeedGivesItsEntriesWithTheAlternateLinkAndTheFeedsAuthorAsFallback() throws Exception {
		FeedDocument feed = FeedDocument.parse(resource("berita.atom.xml"), URI.create("https://atom.example/feed"));

		assertThat(feed.title()).isEqualTo("Kabar Atom Uji");
		assertThat(feed.items()).extracting(FeedDocument.Item::link)
			.containsExactly("https://atom.example/kabar/10", "https://atom.example/kabar/11");
		assertThat(feed.items()).extracting(FeedDocument.Item::author).containsExactly("Andi Wartawan", "Meja Redaksi Atom");
		assertThat(feed.items()).extracting(FeedDocument.Item::published)
			.containsExactly(Instant.parse("2024-12-03T02:00:00Z"), Instant.parse("2024-12-02T07:00:00Z"));
		assertThat(feed.items().get(0).summary()).isEqualTo("Unggahan dukungan terhadap pasangan calon.");
		assertThat(feed.items().get(1).summary()).isEqualTo("Lurah menyatakan netral.");
	}

	@Test
	void anExternalEntityIsRefusedNotResolved() {
		String xxe = """
				<?xml version="1.0"?>
				<!DOCTYPE rss [<!ENTITY rahasia SYSTEM "file:///etc/passwd">]>
				<rss version="2.0"><channel><title>&rahasia;</title></channel></rss>
				""";
		assertThatThrownBy(() -> FeedDocument.parse(xxe.getBytes(StandardCharsets.UTF_8), URI.create("https://x.example/")))
			.isInstanceOf(FeedDocument.NotAFeed.class)
			.hasMessageContaining("DOCTYPE");
	}

	@Test
	void whatIsNoFeedIsSaidSo() {
		assertThatThrownBy(() -> FeedDocument.parse("<html><body>Bukan umpan</body></html>".getBytes(StandardCharsets.UTF_8),
				URI.create("https://x.example/")))
			.isInstanceOf(FeedDocument.NotAFeed.class)
			.hasMessageContaining("<html>");
		assertThatThrownBy(() -> FeedDocument.parse("bukan xml".getBytes(StandardCharsets.UTF_8), URI.create("https://x.example/")))
			.isInstanceOf(FeedDocument.NotAFeed.class);
	}

	@Test
	void htmlBecomesPlainText() {
		assertThat(FeedDocument.plain("<p>Satu&nbsp;dua</p><p>tiga &#8211; &#x41;&quot;</p><style>p{}</style>"))
			.isEqualTo("Satu dua\ntiga \u2013 A\"");
		assertThat(FeedDocument.plain("")).isEmpty();
	}
}
