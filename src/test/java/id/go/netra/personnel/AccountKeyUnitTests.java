package id.go.netra.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccountKeyUnitTests {

	@Test
	void aliasesCaseAndTheAtSignMeetInOneKey() {
		assertThat(AccountKey.of("IG", "@Budi")).isEqualTo("instagram:budi");
		assertThat(AccountKey.of("twitter", "budi")).isEqualTo(AccountKey.of("X", "@BUDI")).isEqualTo("x:budi");
		assertThat(AccountKey.of("fb", "budi")).isEqualTo("facebook:budi");
		assertThat(AccountKey.of("TikTok", "@budi")).isEqualTo("tiktok:budi");
		assertThat(AccountKey.of("mastodon", "@budi")).as("an unknown platform keeps its name").isEqualTo("mastodon:budi");
	}

	@Test
	void profileAddressesNameTheirPlatformAndHandle() {
		assertThat(AccountKey.of(null, "https://www.instagram.com/budi.s/")).isEqualTo("instagram:budi.s");
		assertThat(AccountKey.of("web", "https://www.tiktok.com/@budi.s?lang=id")).isEqualTo("tiktok:budi.s");
		assertThat(AccountKey.of(null, "https://facebook.com/profile.php?id=1000123")).isEqualTo("facebook:1000123");
		assertThat(AccountKey.of(null, "x.com/Budi")).isEqualTo("x:budi");
	}

	@Test
	void whatNamesNoAccountIsNoKey() {
		assertThat(AccountKey.of("instagram", "")).isNull();
		assertThat(AccountKey.of("instagram", "@")).isNull();
		assertThat(AccountKey.of("", "budi")).isNull();
		assertThat(AccountKey.of(null, "https://www.instagram.com/")).isNull();
		assertThat(AccountKey.of(null, "https://contoh.id/budi")).isNull();
		assertThat(AccountKey.of("instagram", "b".repeat(400))).isNull();
	}

	@Test
	void aDeclarationYieldsEachAccountOnce() {
		assertThat(AccountKey.ofDeclared("instagram:@Budi; ig:budi ;x:@budi;tanpa-titik-dua;https://x.com/budi2"))
			.containsExactly("instagram:budi", "x:budi", "x:budi2");
		assertThat(AccountKey.ofDeclared(null)).isEmpty();
	}
}
