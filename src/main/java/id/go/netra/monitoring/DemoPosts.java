package id.go.netra.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.go.netra.DemoMode;
import id.go.netra.personnel.Employee;
import id.go.netra.personnel.Employees;
import id.go.netra.personnel.RegistryImported;
import id.go.netra.personnel.RegistryScope;

/**
 * Synthetic posts for the demo, so the review queue shows something on first start: written for the demo (not
 * taken from any platform), at addresses under the reserved domain {@code contoh.invalid}, some from accounts the
 * synthetic employees declared. Only in demo mode, once the synthetic registry is in.
 */
@Component
class DemoPosts {

	private static final Logger log = LoggerFactory.getLogger(DemoPosts.class);
	static final String SOURCE = "demo (sintetis)";

	/** Texts written for the demo: some campaign for a pair or party, some are ordinary or neutral news. */
	private static final String[] TEXTS = {
			"Ayo coblos nomor 02 tanggal 14 Februari, menangkan Prabowo-Gibran satu putaran! #PrabowoGibran2024",
			"Bismillah AMIN, Anies-Muhaimin untuk perubahan. Jangan lupa pilih nomor 1 ya teman-teman #AMINAjaDulu",
			"Ganjar-Mahfud paling merakyat, gaspol 03 sampai menang! #GanjarMahfud2024",
			"Rapat koordinasi persiapan pelayanan kependudukan selama libur panjang berjalan lancar.",
			"KPU menetapkan jadwal debat calon presiden. Simak jadwal lengkapnya di laman resmi KPU.",
			"Selamat pagi rekan-rekan, jangan lupa apel pagi pukul 07.30 di halaman kantor.",
			"Yg blm tau, paslon 01 udh janji bgt soal harga pangan. Dukung terus sampe menang!!",
			"Pengumuman: pendaftaran beasiswa daerah dibuka sampai akhir bulan. Informasi di kantor dinas.",
			"Bawaslu mengingatkan ASN wajib netral selama masa kampanye. Laporkan pelanggaran di kanal resmi.",
			"Kemarin ikut deklarasi relawan 02 di GOR, mantap rame banget! Prabowo presiden!",
			"Hasil hitung cepat beberapa lembaga survei akan diumumkan setelah TPS ditutup pukul 13.00 WIB.",
			"Partai kita wajib menang di dapil ini, kader semua turun ke lapangan coblos PDIP!" };

	private final DemoMode demo;
	private final JdbcClient jdbc;
	private final Employees employees;
	private final PostIntake intake;
	private final Clock clock;

	DemoPosts(DemoMode demo, JdbcClient jdbc, Employees employees, PostIntake intake, Clock clock) {
		this.demo = demo;
		this.jdbc = jdbc;
		this.employees = employees;
		this.intake = intake;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(RegistryImported imported) {
		if (!demo.enabled() || !imported.succeeded() || !imported.fileName().startsWith("demo-synthetic-")
				|| jdbc.sql("select count(*) from monitored_post").query(Long.class).single() > 0) {
			return;
		}
		List<Employee> declaring = employees
			.search(new Employees.Query("PEMDA-32", null, null, 0, 60), RegistryScope.NATIONAL)
			.items()
			.stream()
			.filter(e -> !e.socialAccounts().isEmpty() && e.nip() != null)
			.toList();
		Instant now = clock.instant();
		List<IncomingPost> posts = new ArrayList<>();
		for (int i = 0; i < TEXTS.length; i++) {
			String author;
			String platform;
			if (i % 3 != 1 && i / 3 < declaring.size()) {
				// an account the synthetic employee declared: "instagram:@name.family123"
				String account = declaring.get(i / 3).socialAccounts().get(0);
				platform = account.substring(0, account.indexOf(':'));
				author = account.substring(account.indexOf(':') + 1);
			}
			else {
				platform = i % 2 == 0 ? "x" : "facebook";
				author = "@warga_sintetis_" + (i + 1);
			}
			posts.add(new IncomingPost(platform, "https://" + platform + ".contoh.invalid/pos/demo-" + (i + 1), author,
					now.minus(Duration.ofHours(6L * (TEXTS.length - i))), TEXTS[i] + " (sintetis)", List.of()));
		}
		intake.receive(Channel.API, SOURCE, posts);
		log.info("Demo monitoring posts received (synthetic): {}", posts.size());
	}
}
