package io.newswire.core.topic;

import io.newswire.core.event.Alert;
import io.newswire.core.event.AlertBulletin;
import io.newswire.core.event.AlertKind;
import io.newswire.core.event.Article;
import io.newswire.core.event.DigestEntry;
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
            json("news.feeds", FeedConfig.class, true);
    public static final Topic<String, FeedState> FEED_STATE =
            json("news.feed-state", FeedState.class, true);
    public static final Topic<String, RawItem> RAW =
            json("news.raw", RawItem.class, false);
    public static final Topic<String, Article> ARTICLES =
            json("news.articles", Article.class, false);
    public static final Topic<String, Alert> ALERTS_TALKS = alerts("alerts.talks");
    public static final Topic<String, Alert> ALERTS_CASUALTIES = alerts("alerts.casualties");
    public static final Topic<String, Alert> ALERTS_PARTIES = alerts("alerts.parties");
    public static final Topic<String, Alert> ALERTS_ALL = alerts("alerts.all");
    /** One value per article that made new alerts: all of its developments, for one e-mail per article. */
    public static final Topic<String, AlertBulletin> ALERTS_BULLETINS =
            json("alerts.bulletins", AlertBulletin.class, false);
    public static final Topic<String, MailRecord> MAIL_LEDGER =
            json("alerts.mail-ledger", MailRecord.class, true);
    /** Original key and bytes of a record that could not be processed; the error is in the headers. */
    public static final Topic<byte[], byte[]> DEAD_LETTERS =
            new Topic<>("news.dead-letters", Serdes.ByteArray(), Serdes.ByteArray(), byte[].class, false);

    /**
     * The mailer's own state, not part of the public contract (like a Streams changelog): digests waiting for the
     * end of their interval; a sent digest's entries are deleted with tombstones.
     */
    public static final Topic<String, DigestEntry> DIGEST_BUFFER =
            json("alerts.digest-buffer", DigestEntry.class, true);

    /** The public contract's topics, each documented in docs/topics.md with its schema. */
    public static final List<Topic<?, ?>> ALL = List.of(FEEDS, FEED_STATE, RAW, ARTICLES, ALERTS_TALKS,
            ALERTS_CASUALTIES, ALERTS_PARTIES, ALERTS_ALL, ALERTS_BULLETINS, MAIL_LEDGER, DEAD_LETTERS);

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
        return json(name, Alert.class, false);
    }

    private static <V> Topic<String, V> json(String name, Class<V> type, boolean compacted) {
        return new Topic<>(name, KEY, new JsonSerde<>(type), type, compacted);
    }
}
