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
 * paragraphs of sentences assembled at random from independent parts, so that distinct stories do not look like
 * copies of each other to the story grouping.
 */
public final class StoryWriter {

    private static final String TEMPLATE_PAGE = "doha-talks-stall.html";
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    private static final List<String> OFFICIALS = List.of("a senior diplomat", "a city official",
            "a spokesman for the aid group", "a Western envoy", "an aid agency director", "a regional analyst",
            "a logistics officer", "a port manager", "a hospital director", "a relief worker");
    private static final List<String> GOODS = List.of("fuel", "flour", "medicine", "drinking water",
            "tents", "blankets", "baby formula", "generators", "surgical kits", "hygiene packs");
    /* A background sentence is a subject, an action, an object and a tail drawn independently, so that two pages
     * share few word triples (the story grouping compares 3-word shingles) unless one copies the other. */
    private static final List<String> SUBJECTS = List.of("{Official}", "Residents of the southern districts",
            "Aid convoys from the {region}", "Engineers from the water utility", "Shopkeepers near the old market",
            "Teachers at a shelter school", "Farmers along the coastal road", "Volunteers at a field kitchen",
            "Drivers waiting at the crossing", "Nurses at a field hospital", "Fishermen in the harbour",
            "A group of lawyers", "Local council members", "Several relief agencies", "Bakery owners",
            "Journalists based in the {region}", "Economists tracking prices", "Families in rented rooms");
    private static final List<String> ACTIONS = List.of("said they had waited {n} hours for", "reported shortages of",
            "asked donors for more", "described long queues for", "began rationing", "warned that stocks of",
            "set up a new depot for", "published a survey on", "called for faster deliveries of",
            "counted {n} crates of", "spent {small} days collecting", "paid twice the usual price for",
            "shared a list of needs including", "tried to repair supplies of", "organised a night shift to unload",
            "were handing out {n} parcels of");
    private static final List<String> OBJECTS = List.of("{goods}", "{goods} and {goods2}", "clean {goods}",
            "imported {goods}", "donated {goods}", "subsidised {goods}", "spare {goods}", "{goods} for children",
            "{goods} from the {region}", "emergency {goods}");
    private static final List<String> TAILS = List.of("on {day}", "since early {month}", "after a week of delays",
            "according to {official}", "as prices kept rising", "despite the power cuts", "at {small} distribution points",
            "in the {region} on {day}", "for the {ordinal} time this month", "before the next convoy in {small} days",
            "while the roads stayed closed", "as {official} confirmed");
    private static final List<String> REGIONS = List.of("north", "south", "coastal strip", "eastern districts",
            "border area", "central camps", "old city", "industrial zone");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final List<String> ORDINALS = List.of("second", "third", "fourth", "fifth", "sixth");

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
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            paragraphs.add(sentence() + " " + sentence());
        }
        return paragraphs;
    }

    private String sentence() {
        return fill(pick(SUBJECTS) + " " + pick(ACTIONS) + " " + pick(OBJECTS) + " " + pick(TAILS) + ".");
    }

    private String fill(String pattern) {
        String official = pick(OFFICIALS);
        return pattern.replace("{Official}", Character.toUpperCase(official.charAt(0)) + official.substring(1))
                .replace("{official}", official)
                .replace("{goods2}", pick(GOODS))
                .replace("{goods}", pick(GOODS))
                .replace("{region}", pick(REGIONS))
                .replace("{month}", pick(MONTHS))
                .replace("{ordinal}", pick(ORDINALS))
                .replace("{day}", pick(DAYS))
                .replace("{n}", Integer.toString(12 + random.nextInt(400)))
                .replace("{small}", Integer.toString(2 + random.nextInt(9)));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
