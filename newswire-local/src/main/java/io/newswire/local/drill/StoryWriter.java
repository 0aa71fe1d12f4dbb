package io.newswire.local.drill;

import io.newswire.local.demo.DemoFeeds;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes news pages on the layout of a bundled demo page (navigation, share bar, newsletter box, related links),
 * each with its own headline and body: a lead sentence that carries what the story is about, then background
 * paragraphs drawn at random from many sentence patterns with varied names and numbers, so that distinct stories
 * do not look like copies of each other to the story grouping.
 */
public final class StoryWriter {

    private static final String TEMPLATE_PAGE = "doha-talks-stall.html";
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    private static final List<String> OFFICIALS = List.of("a senior diplomat", "an Egyptian official",
            "a Qatari spokesman", "a Western envoy", "an aid agency director", "a regional analyst",
            "a UN coordinator", "a negotiator close to the file", "a hospital director", "a relief worker");
    private static final List<String> GOODS = List.of("fuel", "flour", "medicine", "drinking water",
            "tents", "blankets", "baby formula", "generators", "surgical kits", "hygiene packs");
    private static final List<String> ISSUES = List.of("the sequencing of a prisoner exchange",
            "the withdrawal of troops from the border corridor", "the return of displaced families to the north",
            "guarantees for a permanent end to the fighting", "the reopening of the Rafah crossing",
            "the number of aid trucks allowed in each day", "the release of elderly and sick hostages",
            "international monitoring of the truce");
    private static final List<String> BACKGROUND = List.of(
            "Convoys carrying {goods} waited for {n} hours at the crossing before being allowed through, {official} said.",
            "According to {official}, the main sticking point remains {issue}.",
            "Residents described long queues for {goods} in the southern districts on {day}.",
            "{Official} said {n} trucks of {goods} entered the territory in the past week, far fewer than needed.",
            "Aid groups warned that stocks of {goods} would run out within {small} days without new deliveries.",
            "Diplomats said the gaps on {issue} had narrowed, though {official} cautioned against optimism.",
            "The proposal under discussion would unfold in {small} stages, {official} told reporters on {day}.",
            "Families sheltering in schools said they had moved {small} times since the war began.",
            "Power cuts lasting up to {small} hours a day have forced bakeries to ration {goods}.",
            "A draft text seen by reporters runs to {n} pages and deals chiefly with {issue}.",
            "{Official} said the next {small} days would show whether both sides were serious.",
            "Hospitals in the south reported shortages of {goods} and {goods2}, {official} said.",
            "Protesters gathered on {day} evening to demand a deal on {issue}.",
            "Shipping data showed {small} vessels carrying {goods} anchored offshore on {day}.",
            "Analysts said pressure from allies over {issue} had grown in recent weeks.",
            "Engineers estimated that repairing the water network would take {n} days once fighting stops.");

    private final byte[] template;
    private final SplittableRandom random;

    public StoryWriter(long seed) {
        this.template = DemoFeeds.page(TEMPLATE_PAGE);
        this.random = new SplittableRandom(seed);
    }

    /** A written page: its headline and its HTML. */
    public record Page(String headline, String summary, byte[] html) {
    }

    /** Talks held at a venue for the first time. */
    public Page talksAtVenue(String venue) {
        String day = pick(DAYS);
        return page("Gaza ceasefire talks move to " + venue,
                "Ceasefire talks between Israel and Hamas resumed in " + venue + " on " + day
                        + ", with mediators from Qatar and Egypt taking part.");
    }

    /** A new total from the Health Ministry in Gaza. */
    public Page casualtyFigure(long killed) {
        String figure = String.format(Locale.ROOT, "%,d", killed);
        return page("Gaza death toll rises to " + figure,
                "The Health Ministry in Gaza said on " + pick(DAYS) + " that the war between Israel and Hamas has "
                        + "killed " + figure + " people.");
    }

    /** The talks in Doha reach a new status: resumed, stalled, collapsed... as written in the sentence. */
    public Page talksStatus(String verb) {
        return page("Gaza ceasefire talks in Doha " + verb,
                "Negotiations between Israel and Hamas on a Gaza ceasefire " + verb + " in Doha on " + pick(DAYS)
                        + ", a source briefed on the talks said.");
    }

    /** News with nothing for the alerts: markets, weather, sport. */
    public Page otherNews(int n) {
        String headline = pick(List.of("Markets steady as oil prices ease", "Heatwave warning for the weekend",
                "Derby ends level after late equaliser", "Port strike delays container traffic",
                "Central bank holds rates")) + " (" + n + ")";
        return page(headline, "Traders said volumes were thin on " + pick(DAYS) + ", with " + (10 + random.nextInt(90))
                + " companies reporting results and shares in " + (2 + random.nextInt(20)) + " sectors moving.");
    }

    private Page page(String headline, String lead) {
        Document document = Jsoup.parse(new String(template, StandardCharsets.UTF_8));
        document.title(headline + " | Levant Wire");
        document.select("meta[property=og:title]").attr("content", headline);
        document.select("h1.headline").first().text(headline);
        Element body = document.select("div.article-body").first();
        body.empty();
        body.appendElement("p").text(lead);
        for (String paragraph : background(3 + random.nextInt(3))) {
            body.appendElement("p").text(paragraph);
        }
        return new Page(headline, lead, document.outerHtml().getBytes(StandardCharsets.UTF_8));
    }

    private List<String> background(int count) {
        List<String> patterns = new ArrayList<>(BACKGROUND);
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            paragraphs.add(fill(patterns.remove(random.nextInt(patterns.size()))) + " "
                    + fill(patterns.remove(random.nextInt(patterns.size()))));
        }
        return paragraphs;
    }

    private String fill(String pattern) {
        String official = pick(OFFICIALS);
        return pattern.replace("{Official}", Character.toUpperCase(official.charAt(0)) + official.substring(1))
                .replace("{official}", official)
                .replace("{goods2}", pick(GOODS))
                .replace("{goods}", pick(GOODS))
                .replace("{issue}", pick(ISSUES))
                .replace("{day}", pick(DAYS))
                .replace("{n}", Integer.toString(12 + random.nextInt(400)))
                .replace("{small}", Integer.toString(2 + random.nextInt(9)));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
