package io.newswire.local.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The articles of a newsroom morning (test resource scenario/newsroom-morning.yaml), in publication order, each
 * with the e-mail it must make, or none.
 */
record MorningArticles(List<Piece> articles) {

    /** What an article's e-mail must say: the subject's words, in order, and the first source it names. */
    record Expected(List<String> subject, String source) {
    }

    record Piece(String id, String outlet, String title, String story, List<String> paragraphs, Expected expect) {

        String feedPath() {
            return "/" + outlet.toLowerCase(Locale.ROOT).replace(' ', '-') + "/news.rss";
        }

        String page() {
            return id + ".html";
        }
    }

    static MorningArticles load(String resource) {
        try (InputStream in = MorningArticles.class.getResourceAsStream(resource)) {
            return new ObjectMapper(new YAMLFactory()).readValue(in, MorningArticles.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    List<String> outlets() {
        return articles.stream().map(Piece::outlet).distinct().toList();
    }
}
