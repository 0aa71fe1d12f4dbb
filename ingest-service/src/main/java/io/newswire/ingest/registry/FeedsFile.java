package io.newswire.ingest.registry;

import io.newswire.core.event.FeedConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of feeds to seed the registry with: an OPML file, or a text file with one feed per line,
 * {@code URL [interval=SECONDS] [language=CODE] [title words...]}; blank lines and lines starting with {@code #}
 * are skipped.
 */
public final class FeedsFile {

    private static final Pattern INTERVAL = Pattern.compile("interval=(\\d{1,9})");
    private static final Pattern LANGUAGE = Pattern.compile("language=(\\S+)");

    private FeedsFile() {
    }

    public static List<FeedConfig> read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.UTF_8).strip();
            return text.startsWith("<")
                    ? OpmlReader.read(bytes, FeedConfig.DEFAULT_POLL_INTERVAL_SECONDS)
                    : parseLines(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the feeds file " + file, e);
        }
    }

    static List<FeedConfig> parseLines(String text) {
        List<FeedConfig> feeds = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                feeds.add(parseLine(trimmed));
            }
        }
        return feeds;
    }

    private static FeedConfig parseLine(String line) {
        List<String> tokens = new ArrayList<>(Arrays.asList(line.split("\\s+")));
        String url = tokens.remove(0);
        int interval = FeedConfig.DEFAULT_POLL_INTERVAL_SECONDS;
        String language = null;
        while (!tokens.isEmpty()) {
            Matcher intervalToken = INTERVAL.matcher(tokens.get(0));
            Matcher languageToken = LANGUAGE.matcher(tokens.get(0));
            if (intervalToken.matches()) {
                interval = Integer.parseInt(intervalToken.group(1));
            } else if (languageToken.matches()) {
                language = languageToken.group(1);
            } else {
                break;
            }
            tokens.remove(0);
        }
        String title = tokens.isEmpty() ? null : String.join(" ", tokens);
        return new FeedConfig(url, title, interval, language, true);
    }
}
