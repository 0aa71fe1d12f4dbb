package io.newswire.ingest.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.newswire.core.event.FeedConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedsFileTest {

    @Test
    void shouldReadOneFeedPerLineWithOptionalSettingsAndTitle() {
        assertThat(FeedsFile.parseLines("""
                # demo feeds
                https://example.org/rss.xml interval=60 language=en Example News

                https://example.com/atom
                """)).containsExactly(
                new ListedFeed(new FeedConfig("https://example.org/rss.xml", "Example News", 60, "en", true), 2),
                new ListedFeed(new FeedConfig("https://example.com/atom", null,
                        FeedConfig.DEFAULT_POLL_INTERVAL_SECONDS, null, true), 4));
    }

    @Test
    void shouldReadAnOpmlFileByItsContent(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("feeds.txt"), """
                <?xml version="1.0"?>
                <opml version="2.0"><body><outline text="Wire" xmlUrl="https://wire.example/rss"/></body></opml>
                """);

        assertThat(FeedsFile.read(file)).extracting(ListedFeed::feed).extracting(FeedConfig::url, FeedConfig::title)
                .containsExactly(tuple("https://wire.example/rss", "Wire"));
    }

    @Test
    void shouldNameAMissingFileInOneLine(@TempDir Path dir) {
        Path missing = dir.resolve("absent.txt");

        assertThatThrownBy(() -> FeedsFile.read(missing)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(missing + ": no such file");
    }

    @Test
    void shouldNameTheFileAndLineOfBrokenOpml(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("feeds.opml"), """
                <?xml version="1.0"?>
                <opml version="2.0"><body>
                <outline text="Wire" xmlUrl="https://wire.example/rss">
                </body></opml>
                """);

        assertThatThrownBy(() -> FeedsFile.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ": line 4: ").hasMessageNotContaining("\n");
    }
}
