package io.newswire.alert.scenario;

import io.newswire.core.event.Article;
import io.newswire.core.event.AlertKind;
import java.util.List;

/**
 * Twelve articles from four outlets over three stories of one conflict, in publication order: the Doha talks (the
 * seed article, a copy, a rewrite, another copy), a Health Ministry revision from 40,005 to 40,500 killed (with a
 * rewrite that adds the injured, a copy and a rewrite), and the talks stalling (a rewrite naming Hezbollah, a copy
 * and a rewrite). {@link #EXPECTED} lists the alerts they must give, nothing more. Tests of the mailer reuse the
 * same articles.
 */
public final class ScenarioArticles {

    public static final String DOHA = "story-doha-talks";
    public static final String REVISION = "story-toll-revision";
    public static final String STALLED = "story-talks-stalled";

    public static final List<ExpectedAlert> EXPECTED = List.of(
            new ExpectedAlert(DOHA, AlertKind.TALKS,
                    List.of("Talks resumed", "New venue: Doha", "New mediators: Qatar, United States, Egypt")),
            new ExpectedAlert(DOHA, AlertKind.CASUALTIES,
                    List.of("Casualties: 40,005 killed, Gaza Health Ministry")),
            new ExpectedAlert(DOHA, AlertKind.PARTIES, List.of("Newly involved: Israel, Hamas, Iran")),
            new ExpectedAlert(REVISION, AlertKind.CASUALTIES,
                    List.of("Casualties revised: 40,005 → 40,500 killed, Gaza Health Ministry")),
            new ExpectedAlert(REVISION, AlertKind.CASUALTIES,
                    List.of("Casualties: 93,778 injured, Gaza Health Ministry")),
            new ExpectedAlert(STALLED, AlertKind.TALKS,
                    List.of("Talks status: resumed → stalled", "New venue: Cairo")),
            new ExpectedAlert(STALLED, AlertKind.PARTIES, List.of("Newly involved: Hezbollah")));

    private ScenarioArticles() {
    }

    /** The seed article (../shared/seed/ceasefire-talks-article.txt) as enrich tags it, in its key sentences. */
    public static Article seed() {
        return doha("f24-0815-doha", "France 24", null);
    }

    public static List<Article> articles() {
        return List.of(
                seed(),
                doha("aje-0815-doha", "Al Jazeera", "f24-0815-doha"),
                StoryArticle.of("toi-0815-doha", "Times of Israel", DOHA,
                                "Israeli delegation heads to Doha as hostage talks resume", "2024-08-15T13:20:00Z")
                        .says("A delegation led by the heads of the Mossad and Shin Bet flew to Doha on Thursday "
                                        + "for talks on a hostage release deal.",
                                "Qatar, Egypt and the United States are mediating between Israel and Hamas.")
                        .talks("resumed", "Doha", "flew to Doha", "Qatar", "Egypt", "United States")
                        .party("Israel", "state", null, "mediating between Israel")
                        .party("Hamas", "armed_group", null, "mediating between Israel")
                        .party("Qatar", "state", null, "Qatar, Egypt")
                        .build(),
                StoryArticle.of("rtr-0816-toll", "Reuters", REVISION,
                                "Gaza death toll passes 40,500, health ministry says", "2024-08-16T08:05:00Z")
                        .says("The Palestinian death toll from Israel's military offensive in Gaza has risen to "
                                        + "40,500, the Gaza health ministry said on Friday.",
                                "Israel says it has killed more than 17,000 Hamas fighters.")
                        .casualty(40_500, "killed", "Gaza Health Ministry", "risen to 40,500")
                        .party("Israel", "state", null, "Israel's military offensive")
                        .party("Hamas", "armed_group", null, "Hamas fighters")
                        .build(),
                doha("rtr-0815-doha", "Reuters", "f24-0815-doha"),
                StoryArticle.of("aje-0816-toll", "Al Jazeera", REVISION,
                                "Gaza death toll rises to 40,500 as talks go on", "2024-08-16T09:40:00Z")
                        .says("At least 40,500 people have been killed and 93,778 wounded in Israeli attacks on Gaza "
                                        + "since October, the Health Ministry said.",
                                "Another 10,000 people are believed to be buried under the rubble.")
                        .casualty(40_500, "killed", "Gaza Health Ministry", "93,778 wounded")
                        .casualty(93_778, "injured", "Gaza Health Ministry", "93,778 wounded")
                        .party("Israel", "state", null, "Israeli attacks")
                        .build(),
                StoryArticle.of("toi-0816-toll", "Times of Israel", REVISION,
                                "Gaza death toll passes 40,500, health ministry says", "2024-08-16T10:15:00Z")
                        .says("The Palestinian death toll from Israel's military offensive in Gaza has risen to "
                                        + "40,500, the Gaza health ministry said on Friday.")
                        .copyOf("rtr-0816-toll")
                        .casualty(40_500, "killed", "Gaza Health Ministry", "risen to 40,500")
                        .party("Israel", "state", null, "Israel's military offensive")
                        .build(),
                StoryArticle.of("toi-0820-stall", "Times of Israel", STALLED,
                                "Hostage talks stall in Doha; mediators eye Cairo round", "2024-08-20T07:30:00Z")
                        .says("Negotiations on a ceasefire and hostage deal have stalled after a week of talks in "
                                        + "Doha, officials said on Tuesday.",
                                "Egyptian and Qatari mediators now hope to reconvene the parties in Cairo.",
                                "Israel and Hamas blamed each other for the deadlock.")
                        .talks("stalled", "Cairo", "have stalled", "Egypt", "Qatar")
                        .party("Israel", "state", null, "blamed each other")
                        .party("Hamas", "armed_group", null, "blamed each other")
                        .party("Egypt", "state", null, "Egyptian and Qatari")
                        .build(),
                StoryArticle.of("f24-0816-toll", "France 24", REVISION,
                                "Gaza toll tops 40,500 as ceasefire push continues", "2024-08-16T12:00:00Z")
                        .says("Gaza's health ministry said on Friday that at least 40,500 people had been killed.")
                        .casualty(40_500, "killed", "Gaza Health Ministry", "at least 40,500")
                        .build(),
                StoryArticle.of("rtr-0820-stall", "Reuters", STALLED,
                                "Gaza ceasefire talks stall, next round may move to Cairo", "2024-08-20T09:10:00Z")
                        .says("Talks on a Gaza ceasefire have stalled, two sources briefed on the negotiations said.",
                                "Hezbollah said it would keep up its attacks on Israel until a truce in Gaza.",
                                "Mediators from Egypt and Qatar are planning a new round in Cairo.")
                        .talks("stalled", "Cairo", "have stalled", "Egypt", "Qatar")
                        .party("Hezbollah", "armed_group", null, "Hezbollah said")
                        .party("Israel", "state", null, "attacks on Israel")
                        .build(),
                StoryArticle.of("aje-0820-stall", "Al Jazeera", STALLED,
                                "Hostage talks stall in Doha; mediators eye Cairo round", "2024-08-20T10:00:00Z")
                        .says("Negotiations on a ceasefire and hostage deal have stalled after a week of talks in "
                                        + "Doha, officials said on Tuesday.",
                                "Egyptian and Qatari mediators now hope to reconvene the parties in Cairo.")
                        .copyOf("toi-0820-stall")
                        .talks("stalled", "Cairo", "have stalled", "Egypt", "Qatar")
                        .party("Egypt", "state", null, "Egyptian and Qatari")
                        .build(),
                StoryArticle.of("f24-0820-stall", "France 24", STALLED,
                                "Gaza truce talks hit impasse", "2024-08-20T11:45:00Z")
                        .says("Gaza truce talks have stalled, with mediators Egypt and Qatar now looking to Cairo.")
                        .talks("stalled", "Cairo", "have stalled", "Egypt", "Qatar")
                        .build());
    }

    private static Article doha(String itemId, String source, String copyOf) {
        StoryArticle article = StoryArticle.of(itemId, source, DOHA,
                        "Gaza ceasefire talks resume in Qatar as death toll passes 40,000",
                        copyOf == null ? "2024-08-15T10:00:00Z" : "2024-08-15T11:30:00Z")
                .says("Pressure is mounting for a Gaza ceasefire as talks resumed Thursday in Qatar, aiming to stop "
                                + "the spread of a war that the territory’s Health Ministry said has killed 40,000.",
                        "A source with knowledge of the talks confirmed to AFP that they had begun in the Qatari "
                                + "capital Doha.",
                        "In a veiled warning to Iran, Hamas and Israel ahead of the meetings, US Secretary of State "
                                + "Antony Blinken and Qatar’s Prime Minister Sheikh Mohammed bin Abdulrahman Al-Thani "
                                + "said “no party in the region should take actions that would undermine efforts to "
                                + "reach a deal,” the US State Department said.",
                        "US, Qatari and Egyptian mediators invited Israel and Hamas for negotiations focused on "
                                + "ending the war that the Health Ministry in Gaza on Thursday said has killed 40,005 people "
                                + "in the coastal territory.")
                .talks("resumed", "Doha", "Qatari capital Doha", "Qatar", "United States", "Egypt")
                .casualty(40_000, "killed", "Gaza Health Ministry", "has killed 40,000")
                .casualty(40_005, "killed", "Gaza Health Ministry", "40,005 people")
                .party("Israel", "state", null, "invited Israel and Hamas")
                .party("Hamas", "armed_group", null, "invited Israel and Hamas")
                .party("Qatar", "state", null, "talks resumed Thursday in Qatar")
                .party("United States", "state", null, "US State Department")
                .party("Iran", "state", null, "warning to Iran")
                .party("Antony Blinken", "person", "United States", "Antony Blinken")
                .party("Egypt", "state", null, "Egyptian mediators");
        if (copyOf != null) {
            article.copyOf(copyOf);
        }
        return article.build();
    }

    /** An alert the scenario must give: its story, kind and what changed. */
    public record ExpectedAlert(String storyId, AlertKind kind, List<String> changes) {
    }
}
