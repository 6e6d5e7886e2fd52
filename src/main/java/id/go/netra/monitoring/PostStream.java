package id.go.netra.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchMessageListener;

import id.go.netra.InvalidInput;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts from a Kafka topic into the intake ({@link Channel#STREAM}), a poll at a time. A record that is no post
 * (not JSON, not the post's shape, or a post the intake would refuse) is logged with its partition and offset and
 * skipped: one bad record never holds up its partition. The good ones go to {@link PostIntake} together, which
 * stores each post once per platform and address, so a record delivered twice (after a rebalance or a restart
 * before the commit) changes nothing. A failure that is not the record's (the database down) throws, and the
 * container retries the poll until it goes through.
 */
class PostStream implements BatchMessageListener<byte[], byte[]> {

	private static final Logger log = LoggerFactory.getLogger(PostStream.class);

	private record Read(ConsumerRecord<byte[], byte[]> record, IncomingPost post) {
	}

	private final PostIntake intake;
	private final JsonMapper json;
	private final String source;
	private final int maxPerCall;

	PostStream(PostIntake intake, JsonMapper json, String source, int maxPerCall) {
		this.intake = intake;
		this.json = json;
		this.source = source;
		this.maxPerCall = maxPerCall;
	}

	@Override
	public void onMessage(List<ConsumerRecord<byte[], byte[]>> records) {
		List<Read> posts = new ArrayList<>(records.size());
		for (ConsumerRecord<byte[], byte[]> record : records) {
			IncomingPost post = read(record);
			if (post != null) {
				posts.add(new Read(record, post));
			}
		}
		for (int from = 0; from < posts.size(); from += maxPerCall) {
			receive(posts.subList(from, Math.min(posts.size(), from + maxPerCall)));
		}
	}

	private void receive(List<Read> posts) {
		try {
			intake.receive(Channel.STREAM, source, posts.stream().map(Read::post).toList());
		}
		catch (InvalidInput refused) {
			// checked one by one already; only a post that turned wrong since (its time now too far ahead) gets here
			for (Read one : posts) {
				try {
					intake.receive(Channel.STREAM, source, List.of(one.post()));
				}
				catch (InvalidInput wrong) {
					skip(one.record(), problems(wrong.problems()));
				}
			}
		}
	}

	/** The post in a record, or null when it holds none the intake would take. */
	private IncomingPost read(ConsumerRecord<byte[], byte[]> record) {
		if (record.value() == null || record.value().length == 0) {
			skip(record, "the record has no value");
			return null;
		}
		IncomingPost post;
		try {
			post = json.readValue(record.value(), IncomingPost.class);
		}
		catch (JacksonException notAPost) {
			skip(record, "its value is not a post as JSON (" + notAPost.getOriginalMessage() + ")");
			return null;
		}
		if (post == null) {
			skip(record, "its value is JSON null");
			return null;
		}
		List<InvalidInput.FieldProblem> problems = intake.problems(post);
		if (!problems.isEmpty()) {
			skip(record, problems(problems));
			return null;
		}
		return post;
	}

	private static String problems(List<InvalidInput.FieldProblem> problems) {
		return "the intake refuses the post: " + problems.stream()
			.map(problem -> problem.field() + " " + problem.messageCode())
			.collect(Collectors.joining(", "));
	}

	private static void skip(ConsumerRecord<byte[], byte[]> record, String why) {
		log.warn("Skipped record {}-{} at offset {}: {}", record.topic(), record.partition(), record.offset(), why);
	}
}
