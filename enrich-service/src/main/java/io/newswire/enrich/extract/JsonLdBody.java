package io.newswire.enrich.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The {@code articleBody} a page states in its JSON-LD, the last resort when the markup gives (almost) no text:
 * it is often cut short, so it never replaces a body found in the page.
 */
final class JsonLdBody {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLdBody() {
    }

    /** The longest JSON-LD articleBody on the page as plain text, or "". */
    static String find(Document doc) {
        String best = "";
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                for (JsonNode body : JSON.readTree(script.data()).findValues("articleBody")) {
                    String text = body.isTextual() ? plain(body.asText()) : "";
                    if (text.length() > best.length()) {
                        best = text;
                    }
                }
            } catch (JsonProcessingException e) {
                // a broken JSON-LD block states nothing
            }
        }
        return best;
    }

    private static String plain(String text) {
        return text.indexOf('<') >= 0 ? Jsoup.parse(text).text() : text.strip();
    }
}
