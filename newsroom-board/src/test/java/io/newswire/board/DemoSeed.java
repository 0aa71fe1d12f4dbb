package io.newswire.board;

import io.newswire.core.event.Alert;
import io.newswire.core.event.AlertKind;
import io.newswire.core.event.AlertSource;
import io.newswire.core.event.Article;
import io.newswire.core.event.Casualty;
import io.newswire.core.event.ChangeType;
import io.newswire.core.event.Development;
import io.newswire.core.event.Evidence;
import io.newswire.core.event.Party;
import io.newswire.core.event.Tags;
import io.newswire.core.event.Talks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's seed story as the pipeline publishes it: the Gulf Herald's report of talks resuming in Doha (40,000 then
 * 40,005 killed according to the Gaza Health Ministry), the Levant Wire's copy of it, and the Levant Wire's later
 * report of the talks stalling (40,500 killed, at least 92,400 wounded), with the alerts alert-service makes of them.
 */
public final class DemoSeed {

    public static final String CONFLICT = "israel-gaza";
    public static final String SEED_STORY = "story-doha-talks";
    public static final String STALL_STORY = "story-doha-stall";
    public static final String MINISTRY = "Gaza Health Ministry";

    static final String S_RESUMED = "Pressure is mounting for a Gaza ceasefire as talks resumed Thursday in Qatar, "
            + "aiming to stop the spread of a war that the territory’s Health Ministry said has killed 40,000.";
    static final String S_MEDIATORS = "US, Qatari and Egyptian mediators invited Israel and Hamas for negotiations "
            + "focused on ending the war that the Health Ministry in Gaza on Thursday said has killed 40,005 people "
            + "in the coastal territory.";
    static final String S_STALLED = "Negotiations on a Gaza ceasefire stalled on Saturday after two days of meetings "
            + "in Doha, as the territory's Health Ministry said the war has killed 40,500 people.";
    static final String S_WOUNDED = "The Health Ministry in Gaza said at least 92,400 people have been wounded since "
            + "the war began in October.";

    private final Instant start;

    public DemoSeed(Instant start) {
        this.start = start;
    }

    public Article seed() {
        return article("gh-doha-talks-resume", "Gulf Herald", "Gaza ceasefire talks resume in Doha as death toll "
                + "passes 40,000", SEED_STORY, null, start, seedTags());
    }

    public Article copy() {
        return article("lw-qatar-talks-under-way", "Levant Wire", "Ceasefire talks under way in Qatar, source says",
                SEED_STORY, "gh-doha-talks-resume", start.plus(Duration.ofMinutes(10)), seedTags());
    }

    public Article stall() {
        Tags tags = new Tags(new Talks(true, "stalled", "Doha", List.of("Qatar", "Egypt", "United States"),
                List.of(new Evidence(S_STALLED, 0, 40))),
                List.of(killed(40_500, S_STALLED, 0), new Casualty(92_400, null, "injured", "at_least", false,
                        MINISTRY, true, new Evidence(S_WOUNDED, 400, 420))),
                List.of(party("Hamas", "armed_group", S_STALLED), party("Israel", "state", S_STALLED)));
        return article("lw-doha-talks-stall", "Levant Wire", "Gaza death toll rises to 40,500 as Doha talks stall",
                STALL_STORY, null, start.plus(Duration.ofMinutes(45)), tags);
    }

    /** The alerts of the seed article, then their second versions once the copy adds its source. */
    public List<Alert> seedAlerts() {
        Article seed = seed();
        Instant at = seed.publishedAt().plusSeconds(30);
        List<Alert> first = List.of(
                alert("alert-seed-talks", SEED_STORY, AlertKind.TALKS, seed, at,
                        List.of(ChangeType.STATUS_CHANGE, ChangeType.NEW_VENUE, ChangeType.NEW_MEDIATOR),
                        List.of("Talks resumed", "New venue: Doha", "New mediators: United States, Qatar, Egypt"),
                        List.of(S_RESUMED, S_MEDIATORS)),
                alert("alert-seed-casualties", SEED_STORY, AlertKind.CASUALTIES, seed, at,
                        List.of(ChangeType.REVISION),
                        List.of("Casualties revised: 40,000 → 40,005 killed, " + MINISTRY),
                        List.of(S_RESUMED, S_MEDIATORS)),
                alert("alert-seed-parties", SEED_STORY, AlertKind.PARTIES, seed, at,
                        List.of(ChangeType.NEW_PARTY),
                        List.of("Newly involved: Israel, Hamas, Qatar, United States, Egypt"), List.of(S_MEDIATORS)));
        List<Alert> all = new ArrayList<>(first);
        Article copy = copy();
        for (Alert alert : first) {
            all.add(alert.withSource(source(copy), copy.publishedAt().plusSeconds(30)));
        }
        return all;
    }

    public List<Alert> stallAlerts() {
        Article stall = stall();
        Instant at = stall.publishedAt().plusSeconds(30);
        return List.of(
                alert("alert-stall-talks", STALL_STORY, AlertKind.TALKS, stall, at,
                        List.of(ChangeType.STATUS_CHANGE), List.of("Talks status: resumed → stalled"),
                        List.of(S_STALLED)),
                alert("alert-stall-casualties", STALL_STORY, AlertKind.CASUALTIES, stall, at,
                        List.of(ChangeType.REVISION, ChangeType.FIRST_FIGURE),
                        List.of("Casualties revised: 40,005 → 40,500 killed, " + MINISTRY,
                                "Casualties: 92,400 injured, " + MINISTRY), List.of(S_STALLED, S_WOUNDED)));
    }

    private static Tags seedTags() {
        return new Tags(new Talks(true, "resumed", "Doha", List.of("United States", "Qatar", "Egypt"),
                List.of(new Evidence(S_RESUMED, 40, 70))),
                List.of(killed(40_000, S_RESUMED, 0), killed(40_005, S_MEDIATORS, 900)),
                List.of(party("Israel", "state", S_MEDIATORS), party("Hamas", "armed_group", S_MEDIATORS),
                        party("Qatar", "state", S_RESUMED), party("United States", "state", S_MEDIATORS),
                        party("Egypt", "state", S_MEDIATORS)));
    }

    private static Casualty killed(long count, String sentence, int start) {
        return new Casualty(count, null, "killed", "exact", false, MINISTRY, true,
                new Evidence(sentence, start, start + 20));
    }

    private static Party party(String name, String kind, String sentence) {
        return new Party(name, kind, null, new Evidence(sentence, 0, name.length()));
    }

    private static Article article(String itemId, String outlet, String title, String storyId, String duplicateOf,
                                   Instant published, Tags tags) {
        return new Article(itemId, "http://localhost/" + outlet.toLowerCase().replace(' ', '-') + ".rss", outlet,
                "http://localhost/" + itemId + ".html", title, published, published.plusSeconds(5),
                "text of " + title, "en", outlet + " staff", "ok", tags, storyId, duplicateOf);
    }

    private static AlertSource source(Article article) {
        return new AlertSource(article.source(), article.title(), article.link(), article.itemId(),
                article.publishedAt());
    }

    private static Alert alert(String id, String storyId, AlertKind kind, Article article, Instant at,
                               List<ChangeType> types, List<String> changes, List<String> evidence) {
        List<String> parties = article.tags().parties().stream().map(Party::name).toList();
        List<Development> developments = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            developments.add(new Development(types.get(i), kind, id, changes.get(i)));
        }
        return new Alert(id, storyId, CONFLICT, kind, 1, article.title(), changes, evidence,
                List.of(source(article)), at, at, parties, developments, List.of());
    }
}
