package io.newswire.local.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The bundled demo feeds (resource demo/feeds.yaml) and their article pages (demo/pages/). */
public record DemoFeeds(List<Feed> feeds) {

    /** One demo feed: its path on the demo server, its Rome feed type (rss_2.0, atom_1.0) and its items. */
    public record Feed(String path, String type, String title, List<Item> items) {
    }

    /** One item: the page it links to, and how many minutes before start-up it was published. */
    public record Item(String page, String title, String summary, int ageMinutes) {
    }

    public static DemoFeeds bundled() {
        try (InputStream in = DemoFeeds.class.getResourceAsStream("/demo/feeds.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readValue(in, DemoFeeds.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled demo feeds", e);
        }
    }

    public static byte[] page(String name) {
        try (InputStream in = DemoFeeds.class.getResourceAsStream("/demo/pages/" + name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo page " + name, e);
        }
    }
}
