package io.newswire.core.topic;

import io.newswire.core.event.Alert;
import io.newswire.core.event.AlertKind;
import io.newswire.core.event.Article;
import io.newswire.core.event.FeedConfig;
import io.newswire.core.event.FeedState;
import io.newswire.core.event.MailRecord;
import io.newswire.core.event.RawItem;
import io.newswire.core.json.JsonSerde;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The one registry of topic names, keys and value serdes (documented in docs/topics.md). Services refer to topics
 * only through these constants.
 */
public final class Topics {

    private static final Serde<String> KEY = Serdes.String();

    public static final Topic<String, FeedConfig> FEEDS =
            new Topic<>("news.feeds", KEY, new JsonSerde<>(FeedConfig.class), true);
    public static final Topic<String, FeedState> FEED_STATE =
            new Topic<>("news.feed-state", KEY, new JsonSerde<>(FeedState.class), true);
    public static final Topic<String, RawItem> RAW =
            new Topic<>("news.raw", KEY, new JsonSerde<>(RawItem.class), false);
    public static final Topic<String, Article> ARTICLES =
            new Topic<>("news.articles", KEY, new JsonSerde<>(Article.class), false);
    public static final Topic<String, Alert> ALERTS_TALKS = alerts("alerts.talks");
    public static final Topic<String, Alert> ALERTS_CASUALTIES = alerts("alerts.casualties");
    public static final Topic<String, Alert> ALERTS_PARTIES = alerts("alerts.parties");
    public static final Topic<String, Alert> ALERTS_ALL = alerts("alerts.all");
    public static final Topic<String, MailRecord> MAIL_LEDGER =
            new Topic<>("alerts.mail-ledger", KEY, new JsonSerde<>(MailRecord.class), true);
    /** Original key and bytes of a record that could not be processed; the error is in the headers. */
    public static final Topic<byte[], byte[]> DEAD_LETTERS =
            new Topic<>("news.dead-letters", Serdes.ByteArray(), Serdes.ByteArray(), false);

    public static final List<Topic<?, ?>> ALL = List.of(FEEDS, FEED_STATE, RAW, ARTICLES, ALERTS_TALKS,
            ALERTS_CASUALTIES, ALERTS_PARTIES, ALERTS_ALL, MAIL_LEDGER, DEAD_LETTERS);

    private Topics() {
    }

    public static Topic<String, Alert> alerts(AlertKind kind) {
        return switch (kind) {
            case TALKS -> ALERTS_TALKS;
            case CASUALTIES -> ALERTS_CASUALTIES;
            case PARTIES -> ALERTS_PARTIES;
        };
    }

    private static Topic<String, Alert> alerts(String name) {
        return new Topic<>(name, KEY, new JsonSerde<>(Alert.class), false);
    }
}
