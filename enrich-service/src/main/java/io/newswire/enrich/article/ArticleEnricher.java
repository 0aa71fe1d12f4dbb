package io.newswire.enrich.article;

import io.newswire.core.event.Article;
import io.newswire.core.event.RawItem;
import io.newswire.core.event.Tags;
import io.newswire.core.event.Talks;
import io.newswire.enrich.extract.ArticleExtractor;
import io.newswire.enrich.extract.Extraction;
import java.net.URI;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Turns a raw feed item into a clean, tagged article: the page's body text when the page has one, else the feed's
 * summary, so an item whose page could not be fetched still reaches editors. Story fields are set later.
 */
public final class ArticleEnricher {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

    private final ArticleExtractor extractor;
    private final Function<String, Tags> tagger;
    private final EnrichMetrics metrics;

    public ArticleEnricher(ArticleExtractor extractor, Function<String, Tags> tagger) {
        this(extractor, tagger, EnrichMetrics.discarded());
    }

    public ArticleEnricher(ArticleExtractor extractor, Function<String, Tags> tagger, EnrichMetrics metrics) {
        this.extractor = extractor;
        this.tagger = tagger;
        this.metrics = metrics;
    }

    public Article enrich(RawItem item) {
        Extraction page = item.html() == null
                ? null
                : extractor.extract(item.html(), item.link());
        boolean hasBody = page != null && !page.body().isBlank();
        String text = hasBody ? page.body() : summaryText(item.summary());
        String extraction = page == null
                ? "no page: " + item.fetchStatus()
                : page.status().name().toLowerCase(Locale.ROOT) + (page.reason().isEmpty() ? "" : ": " + page.reason());
        String title = item.title() != null && !item.title().isBlank() ? item.title()
                : page == null ? "" : page.title();
        String language = page != null && !page.language().isEmpty() ? page.language() : item.language();
        String byline = page == null || page.byline().isEmpty() ? null : page.byline();
        Tags tags = withLeadTalksStatus(tagger.apply(text), text);
        metrics.enriched(page, tags);
        return new Article(item.itemId(), item.feedUrl(), outlet(item), item.link(), title, item.publishedAt(),
                item.discoveredAt(), text, language, byline, extraction, tags, null, null);
    }

    /**
     * A news article states where talks stand in its lede; later paragraphs recount history ("Instead of more talks,
     * Hamas demanded…"), so the article's talks status is that of its first paragraph that gives one.
     */
    private Tags withLeadTalksStatus(Tags whole, String text) {
        if (!whole.talks().present()) {
            return whole;
        }
        for (String paragraph : PARAGRAPH_BREAK.split(text)) {
            Talks lead = tagger.apply(paragraph).talks();
            if (lead.present() && lead.status() != null) {
                Talks talks = whole.talks();
                return new Tags(new Talks(true, lead.status(), talks.venue(), talks.mediators(), talks.evidence()),
                        whole.casualties(), whole.parties());
            }
        }
        return whole;
    }

    /** The feed's summary as text, its paragraphs kept apart as in extracted bodies. */
    private static String summaryText(String summary) {
        if (summary == null) {
            return "";
        }
        Document document = Jsoup.parseBodyFragment(summary);
        Elements paragraphs = document.select("p");
        return paragraphs.isEmpty() ? document.text()
                : paragraphs.stream().map(Element::text).filter(t -> !t.isBlank())
                        .collect(Collectors.joining("\n\n"));
    }

    /** Editors know outlets by name: the feed's title, else the host of the article's link. */
    private static String outlet(RawItem item) {
        if (item.feedTitle() != null && !item.feedTitle().isBlank()) {
            return item.feedTitle();
        }
        String url = item.link() != null ? item.link() : item.feedUrl();
        try {
            String host = URI.create(url).getHost();
            if (host != null) {
                return host.startsWith("www.") ? host.substring(4) : host;
            }
        } catch (IllegalArgumentException e) {
            // a malformed link names no outlet
        }
        return null;
    }
}
