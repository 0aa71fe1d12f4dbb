package io.newswire.local.drill;

import io.newswire.alert.mail.MessageIds;
import io.newswire.core.event.Alert;
import io.newswire.core.event.AlertBulletin;
import io.newswire.core.event.Article;
import io.newswire.core.event.RawItem;
import java.net.URI;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What came out of each stage against what went in, from the topics and the mail received: every feed item one
 * raw record and one article, every development one alert (alert ids are a hash of story, kind and changes, so a
 * repeat has the same id), every article's bulletin one e-mail per subscriber (Message-IDs are a hash of bulletin and
 * subscriber).
 */
final class DrillCheck {

    /** One line of the report. */
    record Stage(String name, long in, long out, long lost, long duplicated, List<String> examples) {

        boolean passed() {
            return lost == 0 && duplicated == 0;
        }
    }

    private DrillCheck() {
    }

    /** Paths of the published items' pages: links are compared by path, the host part may be canonicalised. */
    static List<Stage> stages(Collection<String> publishedPaths, Collection<String> newVenues, List<RawItem> raw,
                              List<Article> articles, List<Alert> alerts, List<AlertBulletin> bulletins,
                              List<MailCollector.Delivery> mails, List<String> subscribers, String mailFrom) {
        Map<String, Long> rawPerPath = countBy(raw, item -> path(item.link()));
        Map<String, Long> articlesPerItem = countBy(articles, Article::itemId);
        Set<String> rawIds = raw.stream().map(RawItem::itemId).collect(Collectors.toSet());
        Map<String, Long> alertVersions = countBy(alerts, alert -> alert.alertId() + "#" + alert.version());
        Set<String> alertIds = alerts.stream().map(Alert::alertId).collect(Collectors.toSet());
        Set<String> venuesAlerted = new HashSet<>();
        for (Alert alert : alerts) {
            for (String change : alert.changes()) {
                if (change.startsWith("New venue: ")) {
                    venuesAlerted.add(change.substring("New venue: ".length()));
                }
            }
        }
        MessageIds messageIds = new MessageIds(mailFrom);
        Map<String, Long> mailsPerId = countBy(mails, mail -> mail.recipient() + " " + mail.messageId());
        Set<String> expectedMails = new HashSet<>();
        for (AlertBulletin bulletin : bulletins) {
            for (String subscriber : subscribers) {
                expectedMails.add(subscriber + " " + messageIds.forBulletin(bulletin.bulletinId(), subscriber));
            }
        }
        List<String> lostPaths = publishedPaths.stream().filter(p -> !rawPerPath.containsKey(p)).toList();
        List<String> lostItems = rawIds.stream().filter(id -> !articlesPerItem.containsKey(id)).toList();
        List<String> lostVenues = newVenues.stream().filter(v -> !venuesAlerted.contains(v)).toList();
        List<String> lostAlerts = alertIds.stream().filter(id -> !alertVersions.containsKey(id + "#1")).toList();
        List<String> lostMails = expectedMails.stream().filter(m -> !mailsPerId.containsKey(m)).toList();
        List<String> repeatedAlerts = alerts.stream()
                .filter(alert -> alertVersions.get(alert.alertId() + "#" + alert.version()) > 1)
                .map(alert -> "alert " + alert.alertId() + " v" + alert.version() + " story " + alert.storyId()
                        + " " + alert.changes() + " sources " + alert.sources().stream()
                        .map(source -> path(source.link())).toList())
                .toList();
        return List.of(
                new Stage("feed items -> news.raw", publishedPaths.size(), raw.size(), lostPaths.size(),
                        extra(rawPerPath), examples(lostPaths, repeated(rawPerPath))),
                new Stage("news.raw -> news.articles", rawIds.size(), articles.size(), lostItems.size(),
                        extra(articlesPerItem), examples(lostItems, repeated(articlesPerItem))),
                new Stage("new venues -> talks alert", newVenues.size(), newVenues.size() - lostVenues.size(),
                        lostVenues.size(), 0, examples(lostVenues, List.of())),
                new Stage("developments -> alerts.all (first versions)", alertIds.size(),
                        alerts.stream().filter(alert -> alert.version() == 1).count(), lostAlerts.size(),
                        extra(alertVersions), examples(lostAlerts, repeatedAlerts)),
                new Stage("bulletins x subscribers -> e-mails", expectedMails.size(), mails.size(), lostMails.size(),
                        extra(mailsPerId), examples(lostMails, repeated(mailsPerId))));
    }

    private static <T> Map<String, Long> countBy(Collection<T> values, Function<T, String> key) {
        Map<String, Long> counts = new HashMap<>();
        values.forEach(value -> counts.merge(key.apply(value), 1L, Long::sum));
        return counts;
    }

    private static List<String> repeated(Map<String, Long> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 1).map(e -> e.getKey() + " x" + e.getValue())
                .toList();
    }

    /** A few of the keys lost and repeated, for the report. */
    private static List<String> examples(List<String> lost, List<String> repeated) {
        return java.util.stream.Stream.concat(lost.stream().limit(5).map(key -> "lost: " + key),
                repeated.stream().limit(6).map(key -> "repeated: " + key)).toList();
    }

    private static long extra(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(n -> n - 1).sum();
    }

    static String path(String link) {
        return link == null ? "" : URI.create(link).getPath();
    }
}
