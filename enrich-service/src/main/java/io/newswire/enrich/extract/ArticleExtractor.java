package io.newswire.enrich.extract;

import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Pulls the article out of a news page: HTML and page URL in; title, clean body text and, where the page states
 * them, byline, publication time and language out. The page is parsed once with Jsoup; {@link BodyLocator}
 * picks the element holding the article in one pass and {@link TextEmitter} writes its text, without the
 * furniture, in a second. Pure and thread-safe; never throws: bad input comes back as an empty or partial body
 * with a {@link Extraction.Status} and a reason.
 */
public final class ArticleExtractor implements Function<String, String> {

    /** Less prose than this (visible chars in paragraphs) and the page is no article: a link page, an error page. */
    static final int MIN_ARTICLE_PROSE = 100;
    /** A body shorter than this gets a second try with the class/id furniture verdicts off. */
    static final int SECOND_TRY_BELOW_CHARS = 250;
    /** A body shorter than this may be a page whose text the markup hides; then JSON-LD may state it. */
    static final int FALLBACK_BELOW_CHARS = 250;
    /** A JSON-LD articleBody shorter than this is a summary, not the article. */
    static final int MIN_STATED_BODY_CHARS = 500;

    public ArticleExtractor() {
    }

    /** The clean body text of a page, empty when there is none. */
    @Override
    public String apply(String html) {
        return extract(html, "").body();
    }

    /** The article of a page; {@code url} (may be null or empty) only resolves relative links. Never throws. */
    public Extraction extract(String html, String url) {
        try {
            InputScreen.Verdict verdict = InputScreen.screen(html);
            if (!verdict.accepted()) {
                return Extraction.rejected(verdict.rejection(), verdict.reason());
            }
            String base = url == null ? "" : url;
            Document doc = Jsoup.parse(verdict.html(), base);
            String repaired = UnclosedTitle.repair(verdict.html(), doc);
            return extractParsed(repaired == null ? doc : Jsoup.parse(repaired, base), verdict.truncation());
        } catch (RuntimeException | StackOverflowError e) {
            return Extraction.rejected(Extraction.Status.FAILED, "extraction failed: " + e);
        }
    }

    private static Extraction extractParsed(Document doc, String truncation) {
        BoilerplateRules rules = new BoilerplateRules();
        BodyLocator.Located located = BodyLocator.locate(doc.body(), rules);
        PageMetadata meta = PageMetadata.read(doc, located.author(), located.date());
        String text = emit(located, rules, meta);
        if (text.length() < SECOND_TRY_BELOW_CHARS) {
            // class words misled the first try (a story set in a "caption" or "overlay" box): try once more
            // trusting tags, roles and visibility only, and keep whichever try found more article text
            BoilerplateRules relaxed = rules.withoutClassFurniture();
            BodyLocator.Located again = BodyLocator.locate(doc.body(), relaxed);
            String second = emit(again, relaxed, meta);
            if (second.length() > text.length()) {
                located = again;
                text = second;
            }
        }
        if (text.length() < FALLBACK_BELOW_CHARS) {
            String stated = JsonLdBody.find(doc);
            if (stated.length() >= MIN_STATED_BODY_CHARS && stated.length() > 2 * text.length()) {
                return result(meta, stated, truncation.isEmpty() ? Extraction.Status.OK : Extraction.Status.TRUNCATED,
                        "article body from the page's JSON-LD articleBody; the markup held "
                                + located.prose() + " chars of prose");
            }
        }
        if (text.isEmpty()) {
            return result(meta, "", Extraction.Status.NOT_AN_ARTICLE,
                    "no block of article prose (" + located.prose() + " chars of paragraph text)"
                            + (truncation.isEmpty() ? "" : "; " + truncation));
        }
        if (!truncation.isEmpty()) {
            return result(meta, text, Extraction.Status.TRUNCATED, truncation);
        }
        return result(meta, text, Extraction.Status.OK,
                "article body from <" + located.root().normalName() + "> with " + located.prose() + " chars of prose");
    }

    private static String emit(BodyLocator.Located located, BoilerplateRules rules, PageMetadata meta) {
        return located.root() == null || located.prose() < MIN_ARTICLE_PROSE
                ? "" : TextEmitter.emit(SiblingMerge.parts(located.root(), rules), rules, located.released(), meta);
    }

    private static Extraction result(PageMetadata meta, String body, Extraction.Status status, String reason) {
        return new Extraction(meta.title(), body, meta.byline(), meta.publishedTime(), meta.language(), status, reason);
    }
}
