package id.go.netra.web;

import java.beans.PropertyEditorSupport;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.go.netra.Texts;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every text that reaches Netra, from a page form or a JSON body, passes {@link Texts#received}: text of only
 * invisible characters arrives empty, so each check that refuses an empty required field refuses it too
 * (with that field's own message), and control characters such as NUL never reach the database. Doing it where
 * text enters, once, means no form or payload can forget it.
 */
@Configuration(proxyBeanMethods = false)
class ReceivedText {

	@Bean
	JacksonModule receivedTextInJson() {
		return new SimpleModule("netra-received-text").addDeserializer(String.class, new Deserializer());
	}

	/** Jackson's own reading of a string (numbers and booleans as text included), then {@link Texts#received}. */
	static final class Deserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			return Texts.received(super.deserialize(parser, context));
		}
	}

	/** The same for the fields of page forms and request parameters; registered by {@link FormBinding}. */
	static final class Editor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue(Texts.received(text));
		}
	}
}
