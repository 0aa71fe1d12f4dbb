package io.newswire.ingest.registry;

import io.newswire.core.event.FeedConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

    /** @throws IllegalArgumentException with one line naming the file (and the line) when it cannot be read */
    public static List<ListedFeed> read(Path file) {
        byte[] bytes = bytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.strip().startsWith("<") ? opml(file, bytes, FeedConfig.DEFAULT_POLL_INTERVAL_SECONDS)
                : parseLines(text);
    }

    /** An OPML file, its feeds polled at the given interval. */
    static List<ListedFeed> readOpml(Path file, int pollIntervalSeconds) {
        return opml(file, bytes(file), pollIntervalSeconds);
    }

    private static List<ListedFeed> opml(Path file, byte[] bytes, int pollIntervalSeconds) {
        try {
            return OpmlReader.read(bytes, pollIntervalSeconds);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file", e);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    static List<ListedFeed> parseLines(String text) {
        List<ListedFeed> feeds = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String trimmed = lines[i].strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                feeds.add(new ListedFeed(parseLine(trimmed), i + 1));
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
