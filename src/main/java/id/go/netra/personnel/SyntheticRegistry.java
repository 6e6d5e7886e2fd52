package id.go.netra.personnel;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.go.netra.catalog.ReferenceFiles;
import tools.jackson.databind.JsonNode;

/**
 * Writes a synthetic national personnel registry in the {@link RegistryCsv} layout, for demos and load tests:
 * every row is marked {@code SINTETIS=true}, names are made from short lists of Indonesian given and family
 * names, and NIP and NIK are valid and agree with each other and with the birth date and gender. The same seed
 * always gives the same file; rows are streamed, so memory does not grow with the size of the file.
 * <p>
 * Shape. domain.md ("Numbers that shape realistic data") gives ~4.3 million ASN across ~600 instansi and says
 * most cases are in regional governments; {@link #MAX_ROWS} follows it. Everything else here is an
 * <b>assumption</b> for realistic-looking data, not an official figure:
 * <ul>
 * <li>employers: 38% of rows in the 90 central employers (a few large ones such as KEMENAG, KEMENKEU, the
 * ministries of higher education, corrections and health carry most of it), 12% in the 38 provinces (by number
 * of regencies), 50% in the 508 autonomous regencies and cities (skewed sizes, Java twice as large), so ~62%
 * of ASN work in regional governments;</li>
 * <li>employment: PNS 75%, PPPK 22%, non-ASN 3%; gender: 52% women;</li>
 * <li>position: JPT 2%, administrator 5%, supervisor 10%, functional 50%, staff 33% overall; PPPK hold only
 * functional (60%) and staff posts, non-ASN only staff posts;</li>
 * <li>status: 97% active, 1.5% retired (born 1964-1967), 0.7% deceased, 0.6% resigned, 0.2% dismissed;</li>
 * <li>birth years 1964-2003 peaking around 1983; PNS appointed (TMT) at 20-35 years of age, PPPK from 2019
 * (the first PPPK intake under PP 49/2018) at 20 or older; no appointment after {@link #AS_OF};</li>
 * <li>grades: PNS II/a..IV/e by position class and years of service, PPPK V..XI; social-media accounts on 30%
 * of rows; NIK registered in the work regency for 70% of rows, district "01".."20".</li>
 * </ul>
 * NIP and NIK are unique in a file: each (birth date, gender) pair hands out its own sequence numbers.
 */
public final class SyntheticRegistry {

	private static final Logger log = LoggerFactory.getLogger(SyntheticRegistry.class);

	/** About the number of ASN in Indonesia (domain.md). */
	public static final long MAX_ROWS = 4_300_000;

	/** Fixed rather than today, so a seed always gives the same file; no appointment is later. */
	static final YearMonth AS_OF = YearMonth.of(2025, 12);

	static final int FIRST_BIRTH_YEAR = 1964;

	static final int LAST_BIRTH_YEAR = 2003;

	private static final int RETIREMENT_AGE = 58;

	private static final int FIRST_PPPK_YEAR = 2019;

	private static final int MAX_SEQUENCE = 999;

	private static final double CENTRAL_SHARE = 0.38;

	private static final double PROVINCE_SHARE = 0.12;

	private static final double LOCAL_SHARE = 0.50;

	/** Rough size of the large central employers in thousands of ASN; the others count 2. An assumption. */
	private static final Map<String, Double> CENTRAL_SIZES = Map.ofEntries(Map.entry("KEMENAG", 230.0),
			Map.entry("KEMENKEU", 80.0), Map.entry("KEMENDIKTISAINTEK", 60.0), Map.entry("KEMENIMIPAS", 50.0),
			Map.entry("KEMENKES", 50.0), Map.entry("ATR-BPN", 35.0), Map.entry("KEMHAN", 30.0),
			Map.entry("POLRI", 25.0), Map.entry("KEJAKSAAN", 25.0), Map.entry("KEMENHUB", 25.0),
			Map.entry("KEMENTAN", 20.0), Map.entry("KEMEN-PU", 20.0), Map.entry("BPS", 16.0),
			Map.entry("KEMENKUM", 15.0), Map.entry("KEMENDIKDASMEN", 15.0), Map.entry("BRIN", 15.0),
			Map.entry("KEMENHUT", 12.0), Map.entry("KKP", 10.0), Map.entry("BPKP", 8.0));

	private static final String[] MALE_NAMES = { "Budi", "Agus", "Andi", "Ahmad", "Muhammad", "Dedi", "Hendra",
			"Rudi", "Joko", "Bambang", "Eko", "Arief", "Fajar", "Rizki", "Dimas", "Yusuf", "Irwan", "Hadi", "Wahyu",
			"Slamet", "Teguh", "Bayu", "Dwi", "Adi", "Rahmat", "Taufik", "Fauzi", "Imam", "Ilham", "Yoga", "Gilang",
			"Hasan", "Ridwan", "Sigit", "Aditya", "Reza", "Fikri", "Bagus", "Heru", "Yudi" };

	private static final String[] FEMALE_NAMES = { "Siti", "Dewi", "Sri", "Ratna", "Nur", "Fitri", "Ayu", "Indah",
			"Putri", "Rina", "Wulan", "Lestari", "Yuliana", "Kartika", "Anisa", "Nurul", "Intan", "Maya", "Dian",
			"Eka", "Rini", "Sari", "Endang", "Novita", "Larasati", "Puspita", "Anggraini", "Rahmawati", "Kurniasih",
			"Handayani", "Susanti", "Wahyuni", "Melati", "Aulia", "Nabila", "Safitri", "Yanti", "Ningsih", "Utami",
			"Permata" };

	private static final String[] FAMILY_NAMES = { "Santoso", "Wijaya", "Saputra", "Hidayat", "Nasution",
			"Siregar", "Harahap", "Simanjuntak", "Pratama", "Kurniawan", "Setiawan", "Susanto", "Wibowo", "Purnomo",
			"Gunawan", "Lubis", "Sinaga", "Manurung", "Tanjung", "Rahman", "Hakim", "Syahputra", "Nugroho",
			"Hartono", "Suryadi", "Permana", "Ramadhan", "Firmansyah", "Hasibuan", "Situmorang", "Pangaribuan",
			"Sitompul", "Panjaitan", "Tambunan", "Sihombing", "Pardede", "Wahyudi", "Kusuma", "Utomo", "Prasetyo",
			"Hermawan", "Siswanto", "Mahendra", "Sembiring", "Ginting", "Tarigan", "Pattinama", "Latuconsina",
			"Mandagi", "Rumbewas" };

	private static final String[] LOWER_MALE = lowerCase(MALE_NAMES);

	private static final String[] LOWER_FEMALE = lowerCase(FEMALE_NAMES);

	private static final String[] LOWER_FAMILY = lowerCase(FAMILY_NAMES);

	private static final String[] PNS_JPT = { "IV/c", "IV/d", "IV/e" };

	private static final String[] PNS_ADMINISTRATOR = { "III/d", "IV/a", "IV/b" };

	private static final String[] PNS_SUPERVISOR = { "III/b", "III/c", "III/d" };

	private static final String[] PNS_FUNCTIONAL = { "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b" };

	private static final String[] PNS_STAFF = { "II/a", "II/b", "II/c", "II/d", "III/a", "III/b" };

	private static final String[] PPPK_FUNCTIONAL = { "VII", "IX", "IX", "IX", "X", "XI" };

	private static final String[] PPPK_STAFF = { "V", "V", "VI", "VII" };

	private static final BirthCalendar BIRTHS = new BirthCalendar();

	private final long seed;

	private final Employment employment;

	private final String[] nikRegencies;

	/** Loads the employers and regions from {@code classpath:reference/}. */
	public SyntheticRegistry(long seed) {
		this(seed, ReferenceFiles.read("employers-central"), ReferenceFiles.read("regions"));
	}

	SyntheticRegistry(long seed, JsonNode centralEmployers, JsonNode regions) {
		this.seed = seed;
		this.employment = Employment.of(centralEmployers, regions);
		List<String> regencies = new ArrayList<>();
		regions.path("regencies").forEach(r -> regencies.add(r.path("code").asString().replace(".", "")));
		this.nikRegencies = regencies.toArray(String[]::new);
	}

	/** Writes the header and {@code rows} rows, then flushes; the same seed and size always give the same text. */
	public long write(Writer out, long rows) throws IOException {
		if (rows < 1 || rows > MAX_ROWS) {
			throw new IllegalArgumentException("rows must be between 1 and " + MAX_ROWS + ", was " + rows);
		}
		out.write(String.join(",", RegistryCsv.HEADER));
		out.write('\n');
		Rows generator = new Rows(new SplittableRandom(seed));
		char[] buffer = new char[2048];
		for (long i = 0; i < rows; i++) {
			StringBuilder row = generator.next();
			if (row.length() > buffer.length) {
				buffer = new char[row.length() * 2];
			}
			row.getChars(0, row.length(), buffer, 0);
			out.write(buffer, 0, row.length());
		}
		out.flush();
		return rows;
	}

	/** Arguments: number of rows, output file, optional seed (default 42). Writes UTF-8. */
	public static void main(String[] args) throws IOException {
		if (args.length < 2 || args.length > 3) {
			throw new IllegalArgumentException("Usage: SyntheticRegistry <rows 1.." + MAX_ROWS + "> <file> [seed]");
		}
		long rows = Long.parseLong(args[0]);
		Path file = Path.of(args[1]);
		long seed = args.length == 3 ? Long.parseLong(args[2]) : 42L;
		long started = System.nanoTime();
		long written;
		try (Writer out = new BufferedWriter(
				new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
			written = new SyntheticRegistry(seed).write(out, rows);
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		log.info("Wrote {} synthetic rows (seed {}) to {} in {} s, {} rows/s, {} bytes", written, seed,
				file.toAbsolutePath(), Math.round(seconds * 10) / 10.0, Math.round(written / seconds),
				Files.size(file));
	}

	/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
	static String csvField(String text) {
		boolean needsQuotes = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
				|| text.indexOf('\r') >= 0;
		return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}

	private static String[] lowerCase(String[] names) {
		return Arrays.stream(names).map(String::toLowerCase).toArray(String[]::new);
	}

	/** The state of one file being written: the random stream, the sequence numbers handed out, one row. */
	private final class Rows {

		private final SplittableRandom random;

		private final int[] sequences = new int[BIRTHS.size() * 2];

		private final StringBuilder row = new StringBuilder(256);

		private int birth;

		private int sequence;

		private long emails;

		Rows(SplittableRandom random) {
			this.random = random;
		}

		StringBuilder next() {
			row.setLength(0);
			EmploymentType type = employmentType();
			EmployeeStatus status = status();
			boolean female = random.nextInt(100) < 52;
			assignBirth(status == EmployeeStatus.RETIRED, female);
			int appointmentYear = appointmentYear(type);
			int appointmentMonth = 1 + random.nextInt(appointmentYear == AS_OF.getYear() ? AS_OF.getMonthValue() : 12);
			Employer employer = employment.pick(random.nextDouble());
			String workRegion = employer.workRegions[random.nextInt(employer.workRegions.length)];
			appendNip(type, female, appointmentYear, appointmentMonth);
			appendNik(workRegion, female);
			int[] name = appendName(female);
			appendBirthDate();
			row.append(female ? ",F," : ",M,").append(type.name()).append(',').append(employer.code).append(',');
			PositionClass position = positionClass(type);
			Post post = employment.post(employer.regional, position, random);
			row.append(post.unit).append(',').append(position.name()).append(',').append(post.title).append(',');
			row.append(grade(type, position, AS_OF.getYear() - appointmentYear)).append(',');
			row.append(workRegion).append(',').append(status.name()).append(',');
			if (random.nextInt(100) < 30) {
				appendSocialAccounts(female, name);
			}
			row.append(',');
			appendEmail(female, name);
			return row.append(",true\n");
		}

		private EmploymentType employmentType() {
			int r = random.nextInt(100);
			return r < 75 ? EmploymentType.PNS : r < 97 ? EmploymentType.PPPK : EmploymentType.NON_ASN;
		}

		private EmployeeStatus status() {
			int r = random.nextInt(1000);
			if (r < 970) {
				return EmployeeStatus.ACTIVE;
			}
			return r < 985 ? EmployeeStatus.RETIRED
					: r < 992 ? EmployeeStatus.DECEASED : r < 998 ? EmployeeStatus.RESIGNED : EmployeeStatus.DISMISSED;
		}

		/** Picks a birth date and takes the next sequence number of that date and gender. */
		private void assignBirth(boolean retired, boolean female) {
			int year = retired ? FIRST_BIRTH_YEAR + random.nextInt(AS_OF.getYear() - RETIREMENT_AGE - FIRST_BIRTH_YEAR + 1)
					: FIRST_BIRTH_YEAR + random.nextInt(20) + random.nextInt(LAST_BIRTH_YEAR - FIRST_BIRTH_YEAR - 18);
			int slot = (BIRTHS.firstDayOf(year) + random.nextInt(BIRTHS.daysIn(year))) * 2 + (female ? 1 : 0);
			// A full date moves to the next day: capacity (about 29 million) far exceeds MAX_ROWS.
			while (sequences[slot] == MAX_SEQUENCE) {
				slot = (slot + 2) % sequences.length;
			}
			sequence = ++sequences[slot];
			birth = slot / 2;
		}

		private int appointmentYear(EmploymentType type) {
			int birthYear = BIRTHS.year(birth);
			if (type == EmploymentType.PPPK) {
				int first = Math.max(FIRST_PPPK_YEAR, birthYear + 20);
				return first + random.nextInt(AS_OF.getYear() - first + 1);
			}
			int latest = Math.min(birthYear + 35, AS_OF.getYear());
			return birthYear + 20 + random.nextInt(latest - birthYear - 20 + 1);
		}

		private PositionClass positionClass(EmploymentType type) {
			int r = random.nextInt(10000);
			return switch (type) {
				case PNS -> r < 267 ? PositionClass.JPT
						: r < 934 ? PositionClass.ADMINISTRATOR
								: r < 2267 ? PositionClass.SUPERVISOR
										: r < 7267 ? PositionClass.FUNCTIONAL : PositionClass.STAFF;
				case PPPK -> r < 6000 ? PositionClass.FUNCTIONAL : PositionClass.STAFF;
				case NON_ASN -> PositionClass.STAFF;
			};
		}

		private String grade(EmploymentType type, PositionClass position, int yearsOfService) {
			if (type == EmploymentType.NON_ASN) {
				return "";
			}
			if (type == EmploymentType.PPPK) {
				String[] grades = position == PositionClass.FUNCTIONAL ? PPPK_FUNCTIONAL : PPPK_STAFF;
				return grades[random.nextInt(grades.length)];
			}
			String[] grades = switch (position) {
				case JPT -> PNS_JPT;
				case ADMINISTRATOR -> PNS_ADMINISTRATOR;
				case SUPERVISOR -> PNS_SUPERVISOR;
				case FUNCTIONAL -> PNS_FUNCTIONAL;
				case STAFF -> PNS_STAFF;
			};
			int index = yearsOfService * grades.length / 32 + random.nextInt(3) - 1;
			return grades[Math.max(0, Math.min(grades.length - 1, index))];
		}

		private void appendNip(EmploymentType type, boolean female, int appointmentYear, int appointmentMonth) {
			if (type != EmploymentType.NON_ASN) {
				appendDigits(BIRTHS.year(birth), 4).appendDigits(BIRTHS.month(birth), 2).appendDigits(BIRTHS.day(birth), 2);
				appendDigits(appointmentYear, 4);
				if (type == EmploymentType.PPPK) {
					row.append(Nip.PPPK_MONTH_MARKER);
				}
				else {
					appendDigits(appointmentMonth, 2);
				}
				row.append(female ? '2' : '1');
				appendDigits(sequence, 3);
			}
			row.append(',');
		}

		private void appendNik(String workRegion, boolean female) {
			if (random.nextInt(100) < 70) {
				row.append(workRegion, 0, 2).append(workRegion, 3, 5);
			}
			else {
				row.append(nikRegencies[random.nextInt(nikRegencies.length)]);
			}
			appendDigits(1 + random.nextInt(20), 2);
			appendDigits(BIRTHS.day(birth) + (female ? 40 : 0), 2).appendDigits(BIRTHS.month(birth), 2);
			appendDigits(BIRTHS.year(birth) % 100, 2);
			// Distinct tens per sequence number keep the NIK unique while its last digit varies.
			appendDigits((sequence - 1) * 10 + 1 + random.nextInt(9), 4);
			row.append(',');
		}

		/** Given name, then a second given name and/or a family name; returns the indexes for the handles. */
		private int[] appendName(boolean female) {
			String[] given = female ? FEMALE_NAMES : MALE_NAMES;
			int first = random.nextInt(given.length);
			int second = -1;
			int family = -1;
			int shape = random.nextInt(100);
			row.append(given[first]);
			if (shape >= 60) {
				second = random.nextInt(given.length);
				if (second == first) {
					second = (second + 1) % given.length;
				}
				row.append(' ').append(given[second]);
			}
			if (shape < 85) {
				family = random.nextInt(FAMILY_NAMES.length);
				row.append(' ').append(FAMILY_NAMES[family]);
			}
			row.append(',');
			return new int[] { first, second, family };
		}

		private void appendBirthDate() {
			appendDigits(BIRTHS.year(birth), 4);
			row.append('-');
			appendDigits(BIRTHS.month(birth), 2);
			row.append('-');
			appendDigits(BIRTHS.day(birth), 2);
		}

		/**
		 * Every synthetic employee's address, under the reserved domain {@code contoh.invalid} (RFC 2606: never
		 * delivered), numbered by row so addresses are unique; drawn from no random number, so the rest of the file
		 * is what it was before addresses were added.
		 */
		private void appendEmail(boolean female, int[] name) {
			String first = (female ? LOWER_FEMALE : LOWER_MALE)[name[0]];
			String last = name[2] >= 0 ? LOWER_FAMILY[name[2]] : (female ? LOWER_FEMALE : LOWER_MALE)[name[1]];
			row.append(first).append('.').append(last).append('.').append(++emails).append("@contoh.invalid");
		}

		private void appendSocialAccounts(boolean female, int[] name) {
			String first = (female ? LOWER_FEMALE : LOWER_MALE)[name[0]];
			String last = name[2] >= 0 ? LOWER_FAMILY[name[2]] : (female ? LOWER_FEMALE : LOWER_MALE)[name[1]];
			int number = 1 + random.nextInt(999);
			row.append("instagram:@").append(first).append('.').append(last).append(number);
			if (random.nextInt(2) == 0) {
				row.append(";x:@").append(first).append(last).append(number);
			}
			if (random.nextInt(4) == 0) {
				row.append(";tiktok:@").append(first).append('_').append(last);
			}
		}

		private Rows appendDigits(int value, int width) {
			int divisor = 1;
			for (int i = 1; i < width; i++) {
				divisor *= 10;
			}
			for (; divisor > 0; divisor /= 10) {
				row.append((char) ('0' + value / divisor % 10));
			}
			return this;
		}
	}

	/** An employer's code, whether it is a regional government, and where its staff may work. */
	private record Employer(String code, boolean regional, String[] workRegions) {
	}

	/** A unit and a position title, both ready to write as CSV fields. */
	private record Post(String unit, String title) {

		static Post of(String unit, String title) {
			return new Post(csvField(unit), csvField(title));
		}
	}

	/** The employers with their weights, and the posts they offer by position class. */
	private record Employment(Employer[] employers, double[] cumulative, Map<PositionClass, Post[]> regionalPosts,
			Map<PositionClass, Post[]> centralPosts) {

		static Employment of(JsonNode centralEmployers, JsonNode regions) {
			Map<String, List<String>> regenciesOfProvince = new LinkedHashMap<>();
			List<String> autonomous = new ArrayList<>();
			List<String> jakarta = new ArrayList<>();
			for (JsonNode r : regions.path("regencies")) {
				String code = r.path("code").asString();
				regenciesOfProvince.computeIfAbsent(r.path("provinceCode").asString(), p -> new ArrayList<>()).add(code);
				if (r.path("autonomous").asBoolean()) {
					autonomous.add(code);
				}
				else if (r.path("type").asString().equals("CITY")) {
					jakarta.add(code);
				}
			}
			List<Employer> employers = new ArrayList<>();
			List<Double> weights = new ArrayList<>();
			addCentral(centralEmployers, centralWorkRegions(autonomous, jakarta), employers, weights);
			addRegional(regions, regenciesOfProvince, employers, weights);
			double[] cumulative = new double[weights.size()];
			double sum = 0;
			for (int i = 0; i < cumulative.length; i++) {
				sum += weights.get(i);
				cumulative[i] = sum;
			}
			for (int i = 0; i < cumulative.length; i++) {
				cumulative[i] /= sum;
			}
			return new Employment(employers.toArray(Employer[]::new), cumulative, Posts.regional(), Posts.central());
		}

		/** Any autonomous regency or city, with a quarter of central staff in Jakarta's administrative cities. */
		private static String[] centralWorkRegions(List<String> autonomous, List<String> jakarta) {
			List<String> regions = new ArrayList<>(autonomous);
			int copies = jakarta.isEmpty() ? 0 : autonomous.size() / 3 / jakarta.size();
			for (int i = 0; i < copies; i++) {
				regions.addAll(jakarta);
			}
			return regions.toArray(String[]::new);
		}

		private static void addCentral(JsonNode centralEmployers, String[] workRegions, List<Employer> employers,
				List<Double> weights) {
			List<Double> sizes = new ArrayList<>();
			for (JsonNode e : centralEmployers.path("employers")) {
				String code = e.path("code").asString();
				employers.add(new Employer(code, false, workRegions));
				sizes.add(CENTRAL_SIZES.getOrDefault(code, 2.0));
			}
			addScaled(sizes, CENTRAL_SHARE, weights);
		}

		private static void addRegional(JsonNode regions, Map<String, List<String>> regenciesOfProvince,
				List<Employer> employers, List<Double> weights) {
			List<Double> provinceSizes = new ArrayList<>();
			for (JsonNode p : regions.path("provinces")) {
				List<String> regencies = regenciesOfProvince.getOrDefault(p.path("code").asString(), List.of());
				employers.add(new Employer("PEMDA-" + p.path("code").asString(), true, regencies.toArray(String[]::new)));
				provinceSizes.add(1 + regencies.size() / 5.0);
			}
			addScaled(provinceSizes, PROVINCE_SHARE, weights);
			List<Double> localSizes = new ArrayList<>();
			for (JsonNode r : regions.path("regencies")) {
				if (r.path("autonomous").asBoolean()) {
					String code = r.path("code").asString();
					employers.add(new Employer("PEMDA-" + code, true, new String[] { code }));
					localSizes.add(localSize(code));
				}
			}
			addScaled(localSizes, LOCAL_SHARE, weights);
		}

		/** A fixed, skewed size from the code, so a few regencies are large and most are small; Java doubled. */
		private static double localSize(String code) {
			double u = ((code.hashCode() * 0x9E3779B9) >>> 16) / 65536.0;
			boolean java = code.charAt(0) == '3';
			return (0.4 + 2.4 * u * u) * (java ? 2 : 1);
		}

		private static void addScaled(List<Double> sizes, double share, List<Double> weights) {
			double total = sizes.stream().mapToDouble(Double::doubleValue).sum();
			sizes.forEach(size -> weights.add(size / total * share));
		}

		Employer pick(double uniform) {
			int index = Arrays.binarySearch(cumulative, uniform);
			index = index < 0 ? -index - 1 : index + 1;
			return employers[Math.min(index, employers.length - 1)];
		}

		Post post(boolean regional, PositionClass position, SplittableRandom random) {
			Post[] posts = (regional ? regionalPosts : centralPosts).get(position);
			return posts[random.nextInt(posts.length)];
		}
	}

	/** The units and position titles of regional and central employers; repeated entries are more frequent. */
	private static final class Posts {

		private static final List<String> REGIONAL_OFFICES = List.of("Dinas Pendidikan", "Dinas Kesehatan",
				"Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas Sosial", "Dinas Kependudukan dan Pencatatan Sipil",
				"Dinas Perhubungan", "Dinas Pertanian", "Dinas Lingkungan Hidup", "Dinas Komunikasi dan Informatika",
				"Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana",
				"Badan Perencanaan Pembangunan Daerah", "Badan Pengelolaan Keuangan dan Aset Daerah",
				"Badan Kepegawaian dan Pengembangan SDM", "Badan Kesatuan Bangsa dan Politik",
				"Badan Penanggulangan Bencana Daerah");

		private static final List<String> DISTRICTS = List.of("Sukamaju", "Sukajadi", "Mekarsari", "Tanjung Harapan",
				"Sumber Rejo", "Suka Makmur", "Karang Anyar", "Bukit Indah", "Teluk Permai", "Batu Ampar");

		private static final List<String> CENTRAL_UNITS = List.of("Sekretariat Jenderal", "Inspektorat Jenderal",
				"Biro Sumber Daya Manusia dan Organisasi", "Biro Hukum", "Biro Perencanaan dan Keuangan",
				"Pusat Data dan Teknologi Informasi", "Pusat Pengembangan Kompetensi", "Kantor Wilayah",
				"Unit Pelaksana Teknis");

		private static final List<String> STAFF_TITLES = List.of("Pengadministrasi Perkantoran",
				"Operator Layanan Operasional", "Pengelola Layanan Operasional", "Penata Layanan Operasional");

		static Map<PositionClass, Post[]> regional() {
			List<String> units = new ArrayList<>(REGIONAL_OFFICES);
			units.addAll(List.of("Sekretariat Daerah", "Sekretariat DPRD", "Inspektorat Daerah",
					"Satuan Polisi Pamong Praja", "Rumah Sakit Umum Daerah"));
			DISTRICTS.forEach(d -> units.add("Kecamatan " + d));
			List<Post> jpt = posts("Sekretariat Daerah", "Sekretaris Daerah",
					"Sekretariat Daerah", "Asisten Pemerintahan dan Kesejahteraan Rakyat",
					"Sekretariat DPRD", "Sekretaris DPRD", "Inspektorat Daerah", "Inspektur",
					"Satuan Polisi Pamong Praja", "Kepala Satuan Polisi Pamong Praja",
					"Rumah Sakit Umum Daerah", "Direktur Rumah Sakit Umum Daerah");
			List<Post> administrator = posts("Sekretariat Daerah", "Kepala Bagian Umum",
					"Sekretariat Daerah", "Kepala Bagian Organisasi",
					"Dinas Pendidikan", "Kepala Bidang Pembinaan Sekolah Dasar",
					"Badan Kepegawaian dan Pengembangan SDM", "Kepala Bidang Mutasi dan Promosi");
			List<Post> supervisor = posts("Rumah Sakit Umum Daerah", "Kepala Subbagian Keuangan");
			for (String office : REGIONAL_OFFICES) {
				jpt.add(Post.of(office, "Kepala " + office));
				administrator.add(Post.of(office, "Sekretaris " + office));
				supervisor.add(Post.of(office, "Kepala Subbagian Umum dan Kepegawaian"));
			}
			for (String district : DISTRICTS) {
				administrator.add(Post.of("Kecamatan " + district, "Camat"));
				supervisor.add(Post.of("Kelurahan " + district, "Lurah"));
				supervisor.add(Post.of("Kecamatan " + district, "Kepala Seksi Pemerintahan"));
			}
			List<Post> functional = weighted(45, posts("Dinas Pendidikan", "Guru Ahli Pertama", "Dinas Pendidikan",
					"Guru Ahli Muda", "Dinas Pendidikan", "Guru Ahli Madya"));
			functional.addAll(weighted(25, posts("Rumah Sakit Umum Daerah", "Perawat Terampil",
					"Rumah Sakit Umum Daerah", "Perawat Ahli Pertama", "Dinas Kesehatan", "Bidan Terampil",
					"Dinas Kesehatan", "Dokter Ahli Pertama", "Rumah Sakit Umum Daerah", "Apoteker Ahli Pertama")));
			functional.addAll(weighted(30, posts("Dinas Pertanian", "Penyuluh Pertanian Ahli Pertama",
					"Inspektorat Daerah", "Auditor Ahli Pertama", "Badan Kepegawaian dan Pengembangan SDM",
					"Analis SDM Aparatur Ahli Muda", "Dinas Komunikasi dan Informatika", "Pranata Komputer Ahli Pertama",
					"Badan Perencanaan Pembangunan Daerah", "Perencana Ahli Muda", "Sekretariat Daerah",
					"Analis Kebijakan Ahli Muda", "Satuan Polisi Pamong Praja", "Polisi Pamong Praja Terampil")));
			return byClass(jpt, administrator, supervisor, functional, staff(units));
		}

		static Map<PositionClass, Post[]> central() {
			List<Post> jpt = posts("Sekretariat Jenderal", "Sekretaris Jenderal",
					"Inspektorat Jenderal", "Inspektur Jenderal",
					"Biro Sumber Daya Manusia dan Organisasi", "Kepala Biro Sumber Daya Manusia dan Organisasi",
					"Biro Hukum", "Kepala Biro Hukum",
					"Pusat Data dan Teknologi Informasi", "Kepala Pusat Data dan Teknologi Informasi",
					"Kantor Wilayah", "Kepala Kantor Wilayah");
			List<Post> administrator = posts("Sekretariat Jenderal", "Kepala Bagian Tata Usaha",
					"Biro Perencanaan dan Keuangan", "Kepala Bagian Anggaran",
					"Kantor Wilayah", "Kepala Bidang Pelayanan",
					"Unit Pelaksana Teknis", "Kepala Unit Pelaksana Teknis");
			List<Post> supervisor = posts("Kantor Wilayah", "Kepala Subbagian Umum",
					"Kantor Wilayah", "Kepala Seksi Pelayanan",
					"Unit Pelaksana Teknis", "Kepala Subbagian Tata Usaha",
					"Biro Sumber Daya Manusia dan Organisasi", "Kepala Subbagian Mutasi");
			List<Post> functional = posts("Inspektorat Jenderal", "Auditor Ahli Pertama",
					"Inspektorat Jenderal", "Auditor Ahli Muda",
					"Biro Perencanaan dan Keuangan", "Perencana Ahli Muda",
					"Biro Sumber Daya Manusia dan Organisasi", "Analis SDM Aparatur Ahli Pertama",
					"Pusat Data dan Teknologi Informasi", "Pranata Komputer Ahli Pertama",
					"Biro Hukum", "Perancang Peraturan Perundang-undangan Ahli Muda",
					"Kantor Wilayah", "Analis Kebijakan Ahli Muda", "Kantor Wilayah", "Penyuluh Ahli Pertama",
					"Unit Pelaksana Teknis", "Pranata Laboratorium Ahli Pertama",
					"Pusat Pengembangan Kompetensi", "Widyaiswara Ahli Muda");
			return byClass(jpt, administrator, supervisor, functional, staff(CENTRAL_UNITS));
		}

		private static List<Post> staff(List<String> units) {
			List<Post> staff = new ArrayList<>();
			units.forEach(unit -> STAFF_TITLES.forEach(title -> staff.add(Post.of(unit, title))));
			return staff;
		}

		/** Unit and title pairs. */
		private static List<Post> posts(String... unitsAndTitles) {
			List<Post> posts = new ArrayList<>();
			for (int i = 0; i < unitsAndTitles.length; i += 2) {
				posts.add(Post.of(unitsAndTitles[i], unitsAndTitles[i + 1]));
			}
			return posts;
		}

		/** Repeats the posts to {@code 2 * percent} entries: their share of a list of 200. */
		private static List<Post> weighted(int percent, List<Post> posts) {
			List<Post> repeated = new ArrayList<>();
			for (int i = 0; i < percent * 2; i++) {
				repeated.add(posts.get(i % posts.size()));
			}
			return repeated;
		}

		private static Map<PositionClass, Post[]> byClass(List<Post> jpt, List<Post> administrator,
				List<Post> supervisor, List<Post> functional, List<Post> staff) {
			Map<PositionClass, Post[]> posts = new EnumMap<>(PositionClass.class);
			posts.put(PositionClass.JPT, jpt.toArray(Post[]::new));
			posts.put(PositionClass.ADMINISTRATOR, administrator.toArray(Post[]::new));
			posts.put(PositionClass.SUPERVISOR, supervisor.toArray(Post[]::new));
			posts.put(PositionClass.FUNCTIONAL, functional.toArray(Post[]::new));
			posts.put(PositionClass.STAFF, staff.toArray(Post[]::new));
			return posts;
		}
	}

	/** Every day from 1 January of the first to 31 December of the last birth year, by index. */
	private static final class BirthCalendar {

		private final int[] years;

		private final byte[] months;

		private final byte[] days;

		private final int[] firstDayOfYear = new int[LAST_BIRTH_YEAR - FIRST_BIRTH_YEAR + 1];

		BirthCalendar() {
			int size = (int) (LocalDate.of(LAST_BIRTH_YEAR + 1, 1, 1).toEpochDay()
					- LocalDate.of(FIRST_BIRTH_YEAR, 1, 1).toEpochDay());
			years = new int[size];
			months = new byte[size];
			days = new byte[size];
			LocalDate date = LocalDate.of(FIRST_BIRTH_YEAR, 1, 1);
			for (int i = 0; i < size; i++, date = date.plusDays(1)) {
				years[i] = date.getYear();
				months[i] = (byte) date.getMonthValue();
				days[i] = (byte) date.getDayOfMonth();
				if (date.getDayOfYear() == 1) {
					firstDayOfYear[date.getYear() - FIRST_BIRTH_YEAR] = i;
				}
			}
		}

		int size() {
			return years.length;
		}

		int firstDayOf(int year) {
			return firstDayOfYear[year - FIRST_BIRTH_YEAR];
		}

		int daysIn(int year) {
			return year == LAST_BIRTH_YEAR ? size() - firstDayOf(year) : firstDayOf(year + 1) - firstDayOf(year);
		}

		int year(int index) {
			return years[index];
		}

		int month(int index) {
			return months[index];
		}

		int day(int index) {
			return days[index];
		}
	}
}
