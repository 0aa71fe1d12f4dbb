package io.newswire.local.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jsoup.nodes.Entities;

/**
 * The bundled demo feeds (resource demo/feeds.yaml). Each item's page is a realistic news page (navigation, share
 * bar, newsletter sign-up, related links) rendered from demo/article-page.html around the item's paragraphs.
 */
public record DemoFeeds(List<Feed> feeds) {

    private static final String TEMPLATE = resource("/demo/article-page.html");

    /** One demo feed: its path on the demo server, its Rome feed type (rss_2.0, atom_1.0) and its items. */
    public record Feed(String path, String type, String title, List<Item> items) {

        /** The outlet's name: the feed title up to its section ("Gulf Herald - Middle East" → "Gulf Herald"). */
        public String outlet() {
            int dash = title.indexOf(" - ");
            return dash < 0 ? title : title.substring(0, dash);
        }
    }

    /** One item: its page's name and article, and how many minutes before start-up it was published. */
    public record Item(String page, String title, String summary, int ageMinutes, String byline, String section,
                       List<String> paragraphs) {
    }

    public static DemoFeeds bundled() {
        try (InputStream in = DemoFeeds.class.getResourceAsStream("/demo/feeds.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readValue(in, DemoFeeds.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled demo feeds", e);
        }
    }

    /** The page of a bundled item, by its name, as published now. */
    public static byte[] page(String name) {
        for (Feed feed : bundled().feeds()) {
            for (Item item : feed.items()) {
                if (item.page().equals(name)) {
                    return render(feed.outlet(), item, Instant.now());
                }
            }
        }
        throw new IllegalArgumentException("no demo page " + name);
    }

    static byte[] render(String outlet, Item item, Instant publishedAt) {
        String body = item.paragraphs().stream()
                .map(paragraph -> "        <p>" + Entities.escape(paragraph) + "</p>")
                .collect(Collectors.joining("\n"));
        return TEMPLATE.replace("{{title}}", Entities.escape(item.title()))
                .replace("{{outlet}}", Entities.escape(outlet))
                .replace("{{byline}}", Entities.escape(item.byline()))
                .replace("{{section}}", Entities.escape(item.section()))
                .replace("{{sectionPath}}", item.section().toLowerCase(Locale.ROOT).replace(' ', '-'))
                .replace("{{published}}", publishedAt.toString())
                .replace("{{date}}", publishedAt.atZone(ZoneOffset.UTC).toLocalDate().toString())
                .replace("{{body}}", body)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String resource(String name) {
        try (InputStream in = DemoFeeds.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
