package id.go.netra.monitoring;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A news feed as read: RSS 2.0 or Atom 1.0, parsed with the JDK's XML parser hardened against XXE (no DOCTYPE at
 * all, no external entities, DTDs or schemas), each item with its link resolved against the feed's address and its
 * text freed of HTML.
 */
record FeedDocument(String title, List<Item> items) {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";

	/** One item; {@code published} is null when the feed gives no date the parser understands. */
	record Item(String link, String author, Instant published, String title, String summary) {

		/** Title, then summary, as one text. */
		String text() {
			return summary.isEmpty() ? title : title.isEmpty() ? summary : title + "\n\n" + summary;
		}
	}

	/** A body that is not an RSS 2.0 or Atom feed; the message says what the parser saw. */
	static final class NotAFeed extends Exception {

		private static final long serialVersionUID = 1L;

		NotAFeed(String message) {
			super(message);
		}
	}

	static FeedDocument parse(byte[] body, URI address) throws NotAFeed {
		Document document;
		try {
			document = parser().parse(new ByteArrayInputStream(body));
		}
		catch (SAXException | IOException e) {
			throw new NotAFeed(e.getMessage() == null ? e.toString() : e.getMessage());
		}
		Element root = document.getDocumentElement();
		if ("rss".equals(root.getLocalName())) {
			return rss(root, address);
		}
		if ("feed".equals(root.getLocalName()) && ATOM.equals(root.getNamespaceURI())) {
			return atom(root, address);
		}
		throw new NotAFeed("root element <" + root.getNodeName() + ">, not <rss> or Atom <feed>");
	}

	private static DocumentBuilder parser() throws NotAFeed {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			// the parser's default handler prints to the console; the exception carries the same text
			builder.setErrorHandler(null);
			return builder;
		}
		catch (ParserConfigurationException e) {
			throw new IllegalStateException("the JDK's XML parser cannot be hardened", e);
		}
	}

	private static FeedDocument rss(Element rss, URI address) throws NotAFeed {
		Element channel = child(rss, null, "channel");
		if (channel == null) {
			throw new NotAFeed("<rss> without <channel>");
		}
		String feedTitle = text(child(channel, null, "title"));
		List<Item> items = new ArrayList<>();
		for (Element item : children(channel, null, "item")) {
			String link = text(child(item, null, "link"));
			Element guid = child(item, null, "guid");
			if (link.isEmpty() && guid != null && !"false".equalsIgnoreCase(guid.getAttribute("isPermaLink"))) {
				link = text(guid);
			}
			String author = text(child(item, DUBLIN_CORE, "creator"));
			if (author.isEmpty()) {
				author = text(child(item, null, "author"));
			}
			items.add(new Item(resolve(address, link), author, rfc1123(text(child(item, null, "pubDate"))),
					plain(text(child(item, null, "title"))), plain(text(child(item, null, "description")))));
		}
		return new FeedDocument(feedTitle, items);
	}

	private static FeedDocument atom(Element feed, URI address) {
		String feedTitle = plain(text(child(feed, ATOM, "title")));
		String feedAuthor = text(child(child(feed, ATOM, "author"), ATOM, "name"));
		List<Item> items = new ArrayList<>();
		for (Element entry : children(feed, ATOM, "entry")) {
			String link = "";
			for (Element candidate : children(entry, ATOM, "link")) {
				String rel = candidate.getAttribute("rel");
				if (rel.isEmpty() || rel.equals("alternate")) {
					link = candidate.getAttribute("href").strip();
					break;
				}
			}
			String author = text(child(child(entry, ATOM, "author"), ATOM, "name"));
			String date = text(child(entry, ATOM, "published"));
			String summary = text(child(entry, ATOM, "summary"));
			items.add(new Item(resolve(address, link), author.isEmpty() ? feedAuthor : author,
					iso(date.isEmpty() ? text(child(entry, ATOM, "updated")) : date), plain(text(child(entry, ATOM, "title"))),
					plain(summary.isEmpty() ? text(child(entry, ATOM, "content")) : summary)));
		}
		return new FeedDocument(feedTitle, items);
	}

	private static Element child(Element parent, String namespace, String name) {
		List<Element> found = parent == null ? List.of() : children(parent, namespace, name);
		return found.isEmpty() ? null : found.get(0);
	}

	private static List<Element> children(Element parent, String namespace, String name) {
		List<Element> found = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element element && name.equals(element.getLocalName())
					&& (namespace == null ? element.getNamespaceURI() == null || isRssExtensionless(element)
							: namespace.equals(element.getNamespaceURI()))) {
				found.add(element);
			}
		}
		return found;
	}

	/** RSS elements carry no namespace; some feeds declare a default one anyway. */
	private static boolean isRssExtensionless(Element element) {
		return element.getPrefix() == null && !ATOM.equals(element.getNamespaceURI())
				&& !DUBLIN_CORE.equals(element.getNamespaceURI());
	}

	private static String text(Node node) {
		return node == null ? "" : node.getTextContent().strip();
	}

	private static String resolve(URI address, String link) {
		if (link.isEmpty()) {
			return "";
		}
		try {
			return address.resolve(link.strip()).toString();
		}
		catch (IllegalArgumentException e) {
			return link.strip();
		}
	}

	private static Instant rfc1123(String date) {
		if (date.isEmpty()) {
			return null;
		}
		try {
			return ZonedDateTime.parse(date.replaceAll("\\s+", " "), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
		}
		catch (DateTimeParseException e) {
			return iso(date);
		}
	}

	private static Instant iso(String date) {
		if (date.isEmpty()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(date).toInstant();
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private static final Pattern DROPPED = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>");

	private static final Pattern BREAK = Pattern.compile("(?i)<(br|/p|/div|/li|/h[1-6])\\b[^>]*>");

	private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");

	/** HTML as plain text: scripts and styles dropped, tags removed, entities decoded, spaces folded. */
	static String plain(String html) {
		String text = BREAK.matcher(DROPPED.matcher(html).replaceAll(" ")).replaceAll("\n");
		text = TAG.matcher(text).replaceAll(" ");
		Matcher entity = ENTITY.matcher(text);
		StringBuilder decoded = new StringBuilder();
		while (entity.find()) {
			entity.appendReplacement(decoded, Matcher.quoteReplacement(decode(entity.group(1), entity.group())));
		}
		entity.appendTail(decoded);
		return decoded.toString()
			.replace('\u00a0', ' ')
			.replaceAll("[ \\t\\x0B\\f\\r]+", " ")
			.replaceAll(" ([.,;:!?)])", "$1")
			.replaceAll(" ?\\n[\\s]*", "\n")
			.strip();
	}

	private static String decode(String name, String whole) {
		try {
			if (name.startsWith("#x") || name.startsWith("#X")) {
				return Character.toString(Integer.parseInt(name.substring(2), 16));
			}
			if (name.startsWith("#")) {
				return Character.toString(Integer.parseInt(name.substring(1)));
			}
		}
		catch (IllegalArgumentException e) {
			return whole;
		}
		return switch (name.toLowerCase(Locale.ROOT)) {
			case "amp" -> "&";
			case "lt" -> "<";
			case "gt" -> ">";
			case "quot" -> "\"";
			case "apos" -> "'";
			case "nbsp" -> " ";
			case "mdash" -> "\u2014";
			case "ndash" -> "\u2013";
			case "hellip" -> "\u2026";
			case "rsquo" -> "\u2019";
			case "lsquo" -> "\u2018";
			case "rdquo" -> "\u201d";
			case "ldquo" -> "\u201c";
			default -> whole;
		};
	}
}
