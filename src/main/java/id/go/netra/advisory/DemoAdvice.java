package id.go.netra.advisory;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.go.netra.DemoMode;
import id.go.netra.identity.Actor;
import id.go.netra.identity.DemoPeople;
import id.go.netra.identity.Jurisdiction;
import id.go.netra.identity.Role;

/**
 * In demo mode, a few questions written for the demo (each says it is synthetic), three answered by the demo task
 * force and published, one waiting in the queue, so {@code /panduan} and {@code /konsultasi} show something.
 * The answers paraphrase the 2022 joint decree's examples; they are demo text, not an official position.
 */
@Component
class DemoAdvice {

	private record Example(String question, String answer, Topic topic, List<String> violations) {
	}

	private static final String SYNTHETIC = " (contoh sintetis untuk demo)";

	private static final List<Example> PUBLISHED = List.of(
			new Example("Bolehkah ASN menyukai atau membagikan unggahan kampanye calon di media sosial pribadinya?",
					"Tidak boleh. Membuat unggahan, berkomentar, membagikan, menyukai, atau bergabung dan mengikuti akun "
							+ "pemenangan calon termasuk bentuk dukungan yang dilarang, juga di akun pribadi.",
					Topic.SOCIAL_MEDIA, List.of("DISIPLIN-06")),
			new Example("Bolehkah ASN berfoto bersama calon kepala daerah dalam acara dinas?",
					"Berfoto dalam acara dinas tidak dilarang, tetapi jangan berpose atau memakai simbol yang menunjukkan "
							+ "keberpihakan (misalnya jari membentuk nomor urut), dan jangan mengunggahnya dengan ajakan.",
					Topic.CAMPAIGN_AND_EVENTS, List.of("DISIPLIN-07")),
			new Example("Suami saya menjadi calon anggota legislatif. Bolehkah saya ikut kampanyenya?",
					"Hanya dengan cuti di luar tanggungan negara dan tanpa memakai atribut atau fasilitas dinas. "
							+ "Tanpa cuti, ikut kampanye suami atau istri adalah pelanggaran.",
					Topic.FAMILY_AND_PRIVATE_LIFE, List.of("ETIK-07")));

	private static final String WAITING = "Bolehkah kantor kami menerima bantuan paket sembako dari tim pemenangan "
			+ "salah satu calon untuk dibagikan kepada warga?";

	private final DemoMode demo;
	private final AdvisoryQuestions questions;
	private final JdbcClient jdbc;

	DemoAdvice(DemoMode demo, AdvisoryQuestions questions, JdbcClient jdbc) {
		this.demo = demo;
		this.questions = questions;
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	void seed() {
		if (!demo.enabled() || jdbc.sql("select count(*) from advisory_question").query(Long.class).single() > 0) {
			return;
		}
		Actor taskForce = new Actor("satgas", DemoPeople.displayName("satgas"), Actor.Kind.USER, "BKN", "BKN",
				Map.of(Role.TASK_FORCE, Jurisdiction.NATIONAL));
		for (Example example : PUBLISHED) {
			AdvisoryQuestions.Asked asked = questions
				.ask(new AdvisoryQuestions.Question(example.question() + SYNTHETIC, null, null));
			questions.answer(taskForce, asked.question().id(), new AdvisoryQuestions.Answer(
					example.answer() + SYNTHETIC, example.violations(), null, example.topic(), true, null, null));
		}
		questions.ask(new AdvisoryQuestions.Question(WAITING + SYNTHETIC, null, null));
	}
}
