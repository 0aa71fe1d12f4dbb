package io.newswire.ingest.registry;

import io.newswire.ingest.fetch.FeedUrlCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Sorts the feeds of a list file into those that may be registered and one-line errors, {@code FILE:LINE: URL:
 * reason}, for the others: a bad line is reported, and the good ones are not lost because of it.
 */
public record FeedAdmission(List<ListedFeed> admitted, List<String> errors) {

    public static FeedAdmission of(Path file, List<ListedFeed> listed, FeedUrlCheck check) {
        List<ListedFeed> admitted = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (ListedFeed feed : listed) {
            check.problem(feed.feed().url()).ifPresentOrElse(
                    problem -> errors.add(file + ":" + feed.line() + ": " + abbreviated(feed.feed().url()) + ": "
                            + problem),
                    () -> admitted.add(feed));
        }
        return new FeedAdmission(List.copyOf(admitted), List.copyOf(errors));
    }

    /** A 5,000-character URL would not be one readable line. */
    static String abbreviated(String url) {
        return url.length() <= 100 ? url : url.substring(0, 100) + "... (" + url.length() + " characters)";
    }
}
