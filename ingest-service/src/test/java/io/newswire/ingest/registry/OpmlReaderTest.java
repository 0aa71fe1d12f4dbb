package io.newswire.ingest.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.core.event.FeedConfig;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OpmlReaderTest {

    @Test
    void shouldReadFeedsFromNestedOutlinesAndSkipFolders() {
        String opml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0">
                  <head><title>Subscriptions</title></head>
                  <body>
                    <outline text="Middle East">
                      <outline type="rss" text="Wire text" title="Wire" xmlUrl="https://wire.example/rss"
                               htmlUrl="https://wire.example/"/>
                      <outline type="rss" text="Daily" xmlUrl="https://daily.example/feed" language="en"/>
                    </outline>
                    <outline type="rss" text="Wire again" xmlUrl="https://wire.example/rss"/>
                  </body>
                </opml>
                """;

        assertThat(OpmlReader.read(opml.getBytes(StandardCharsets.UTF_8), 120)).extracting(ListedFeed::feed)
                .containsExactly(
                new FeedConfig("https://wire.example/rss", "Wire", 120, null, true),
                new FeedConfig("https://daily.example/feed", "Daily", 120, "en", true));
    }

    @Test
    void shouldRefuseADoctypeSoNoEntityCanReachFilesOrExpand() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE opml [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <opml version="2.0"><body><outline text="&secret;" xmlUrl="https://x.example/rss"/></body></opml>
                """;

        assertThatThrownBy(() -> OpmlReader.read(xxe.getBytes(StandardCharsets.UTF_8), 300))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DOCTYPE");
    }
}
