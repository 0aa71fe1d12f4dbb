package io.newswire.enrich.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Says, for one element, whether its whole subtree is page furniture (menus, share bars, sign-up boxes,
 * comments, recirculation, captions, bylines...) and which tags open a text block. Both passes of the
 * extractor ask the same questions of every element; the verdict on a class/id value is a pure function of the
 * string, memoised process-wide (bounded), since pages and sites repeat a small vocabulary of class names.
 * Stateless apart from those caches, and thread-safe.
 */
final class BoilerplateRules {

    /** Tags whose content a reader never sees as text. */
    private static final Set<String> INVISIBLE_TAGS = Set.of(
            "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "applet",
            "canvas", "map", "video", "audio", "picture", "source", "track", "img", "input", "select", "option",
            "optgroup", "textarea", "datalist", "output", "progress", "meter", "dialog", "head", "title", "meta",
            "link", "base", "frame", "frameset");

    /**
     * Visible tags whose text the article body leaves out: page chrome, the headline (h1), widget and teaser
     * headings (h5/h6), captions, dates, controls. Not written, but their text still weighs as noise where the
     * root is chosen: a teaser's headline link is what gives the teaser away.
     */
    private static final Set<String> MUTED_TAGS = Set.of(
            "nav", "aside", "header", "footer", "figcaption", "time", "h1", "h5", "h6", "menu", "menuitem",
            "button", "label", "legend", "fieldset", "address");

    /** ARIA roles of page chrome. */
    private static final Set<String> DROPPED_ROLES = Set.of(
            "navigation", "menu", "menubar", "complementary", "dialog", "alertdialog", "banner",
            "contentinfo", "search", "toolbar", "tablist");

    /** Tags that start a new text block (and end the inline run before them). */
    private static final Set<String> BLOCK_TAGS = Set.of(
            "html", "body", "main", "article", "section", "div", "p", "li", "ul", "ol", "dl", "dt", "dd",
            "h2", "h3", "h4", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
            "caption", "hr", "figure", "center", "details", "summary", "form", "hgroup", "br");

    private static final Set<String> HEADING_TAGS = Set.of("h2", "h3", "h4");

    /**
     * Whole words (after splitting class/id on punctuation and camelCase) naming furniture that is never the
     * article, however much text it holds: comment threads, sign-up boxes, recirculation, share bars, chrome.
     */
    private static final Set<String> STRONG_WORDS = Set.of(
            "nav", "navbar", "navigation", "menu", "menus", "submenu", "breadcrumb", "breadcrumbs", "crumbs",
            "footer", "share", "shares", "sharing", "sharebar", "social", "comment", "comments", "related",
            "recommended", "recommendations", "recirc", "recirculation", "newsletter", "newsletters", "subscribe",
            "subscription", "signup", "cookie", "cookies", "consent", "gdpr", "byline", "bylines", "authors",
            "caption", "captions", "credit", "credits", "outbrain", "taboola", "trending", "popular",
            "login", "signin", "dateline", "timestamp", "masthead", "copyright", "disclaimer");

    /**
     * Words naming furniture that some sites also put on the wrapper of the whole page or article ("paywall",
     * "ad-margins", "has-sidebar"): such an element is dropped unless it turns out to hold the article prose.
     */
    private static final Set<String> WEAK_WORDS = Set.of(
            "sidebar", "rail", "promo", "promos", "advert", "advertisement", "advertising", "ad", "ads",
            "sponsor", "sponsored", "tags", "toolbar", "date", "popup", "modal", "overlay", "paywall",
            "pagination", "pager", "dek", "standfirst", "kicker", "eyebrow", "meta", "widget", "widgets",
            "banner", "print", "tooltip", "skip", "enlarge", "gallery", "slideshow", "carousel", "categories",
            "keywords", "replies", "respond", "suggested");

    /** Stems that mean strong furniture wherever they occur in a class/id, even glued to other words. */
    private static final String[] STRONG_STEMS = {
        "newsletter", "subscri", "signup", "sign-up", "cookie", "outbrain", "taboola", "breadcrumb",
        "sharing", "share-", "social", "related", "comment-", "comment_", "comments", "commentlist", "byline",
        "caption",
        "most-read", "mostread", "mostpopular", "most-popular", "recommend", "read-next", "readnext", "up-next",
        "upnext", "more-stories", "morestories", "also-read", "you-may-like", "you-might", "disqus", "addthis",
        "sharethis", "shareaholic", "a2a_", "wabtn", "author-bio", "authorbio", "author-box",
        "authorbox", "author-info", "authorinfo", "author-meta", "author-wrap", "author-card", "author-profile",
        "author-name", "authorname", "author-details", "about-author", "author-avatar", "author-block"};

    /**
     * Prefixes and suffixes of class tokens that describe a state or a taxonomy of the element
     * ("has-sidebar", "is-sticky", "modal-enabled", "category-news"), not what it is.
     */
    private static final String[] STATE_PREFIXES = {"has-", "has_", "is-", "is_", "with-", "no-", "category-",
        "tag-", "format-", "type-", "status-"};
    private static final String[] STATE_SUFFIXES = {"-enabled", "-active", "-open", "-loaded", "-visible"};

    /** Stems that mean weak furniture wherever they occur. */
    private static final String[] WEAK_STEMS = {"promo", "advert", "sidebar", "paywall"};

    /** Whole class tokens that hide an element from sighted readers (screen-reader labels, hidden blocks). */
    private static final Set<String> HIDDEN_CLASSES = Set.of(
            "hidden", "hide", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
            "screenreader-only", "offscreen", "invisible", "d-none");

    /** Class/id fragments (lowercased, punctuation removed) that name the article body itself. */
    private static final String[] BODY_MARKERS = {
        "articlebody", "storybody", "entrycontent", "postcontent", "articlecontent", "articletext",
        "storytext", "bodytext", "postbody", "contentbody", "articlecopy", "storycontent", "posttext",
        "entrybody", "bodycopy", "richtext", "articlemain"};

    /** Never seen as text (scripts, media, hidden blocks): ignored altogether. */
    static final int INVISIBLE = 1;
    /** Visible but left out of the article: chrome, headline, captions, dates, author boxes. */
    static final int MUTED = 1 << 1;
    /** Class or id names furniture that a wrapper of the article might also carry ("paywall", "ad-margins"). */
    static final int WEAK_FURNITURE = 1 << 2;
    /** Class or id names furniture that is never the article (comments, sign-up, share, related...). */
    static final int STRONG_FURNITURE = 1 << 3;
    /** Class, id or microdata name the article body. */
    static final int BODY_HINT = 1 << 4;
    /** Starts a new text block. */
    static final int BLOCK = 1 << 5;
    /** h2-h4, kept in the text. */
    static final int HEADING = 1 << 6;
    /** p, blockquote, pre: a paragraph by the author's markup. */
    static final int PARAGRAPH = 1 << 7;
    /** Headings and table cells: short text that is neither prose nor noise. */
    static final int NEUTRAL_TEXT = 1 << 8;
    /** A link. */
    static final int ANCHOR = 1 << 9;
    /** Names the author (microdata or rel=author). */
    static final int AUTHOR = 1 << 10;
    /** States a date-time (time[datetime], datePublished). */
    static final int DATE = 1 << 11;
    /** A quotation block (blockquote, often an embedded post). */
    static final int QUOTE = 1 << 12;
    /** An {@code <article>} element. */
    static final int ARTICLE = 1 << 13;
    static final int FURNITURE = WEAK_FURNITURE | STRONG_FURNITURE;

    private static final Map<String, Integer> TAG_KINDS = tagKinds();
    private static final Evaluator KEPT_IN_FIGURE = QueryParser.parse("table, blockquote");

    /**
     * Verdicts on single class tokens, shared by all pages: sites reuse a small vocabulary ("container",
     * "col-md-6", "article-body"), and judging a token costs dozens of substring tests. Cleared when full.
     */
    private static final Map<String, Verdict> TOKEN_VERDICTS = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_TOKENS = 50_000;

    /** Verdicts on whole class/id attribute values, shared by all pages like the token verdicts. */
    private static final Map<String, Verdict> VALUE_VERDICTS = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_VALUES = 100_000;

    /** What the class/id of an element says; HIDDEN names a state (a hidden block), not a kind of content. */
    private enum Verdict { NEUTRAL, BODY, HIDDEN, WEAK_FURNITURE, STRONG_FURNITURE }

    private final boolean furnitureByClass;

    /** Rules that judge furniture by class and id words as well as by tag, role and visibility. */
    BoilerplateRules() {
        this(true);
    }

    /**
     * {@code furnitureByClass} false turns off the class/id furniture verdicts only (tags, roles, hidden blocks
     * and body hints still count): the second try for a page whose layout wrapper is named like furniture.
     */
    BoilerplateRules(boolean furnitureByClass) {
        this.furnitureByClass = furnitureByClass;
    }

    /** The same rules with the class/id furniture verdicts turned off. */
    BoilerplateRules withoutClassFurniture() {
        return new BoilerplateRules(false);
    }

    /** The kind flags of one element: its tag, role, visibility, microdata and class/id, read once. */
    int classify(Element el) {
        String tag = el.normalName();
        int kind = TAG_KINDS.getOrDefault(tag, 0);
        if ((kind & INVISIBLE) != 0) {
            return kind;
        }
        if (tag.equals("figure") && el.selectFirst(KEPT_IN_FIGURE) == null) {
            kind |= MUTED;
        }
        if (el.attributesSize() == 0) {
            return kind;
        }
        // the HTML parser lower-cases attribute names, so case-sensitive lookups are enough (and cheaper)
        Attributes attrs = el.attributes();
        if (attrs.hasKey("hidden") || "true".equals(attrs.get("aria-hidden"))) {
            return kind | INVISIBLE;
        }
        String style = attrs.get("style");
        if (!style.isEmpty() && hidesContent(style)) {
            return kind | INVISIBLE;
        }
        String role = attrs.get("role");
        if (!role.isEmpty() && DROPPED_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
            kind |= MUTED;
        }
        String itemprop = attrs.get("itemprop");
        if (!itemprop.isEmpty()) {
            switch (itemprop) {
                case "articleBody" -> kind |= BODY_HINT;
                case "author" -> kind |= MUTED | AUTHOR;
                case "datePublished" -> kind |= MUTED | DATE;
                case "dateModified" -> kind |= MUTED;
                default -> { }
            }
        }
        if (attrs.get("rel").equals("author")) {
            kind |= AUTHOR;
        }
        if (tag.equals("body") || tag.equals("html")) {
            return kind;
        }
        Verdict byClass = verdict(attrs.get("class"));
        Verdict byId = verdict(attrs.get("id"));
        if (byClass == Verdict.BODY || byId == Verdict.BODY) {
            kind |= BODY_HINT;
            if (tag.equals("header")) {
                kind &= ~MUTED;
            }
        } else if (!furnitureByClass) {
            if (byClass == Verdict.HIDDEN || byId == Verdict.HIDDEN) {
                kind |= WEAK_FURNITURE;
            }
        } else if (byClass == Verdict.STRONG_FURNITURE || byId == Verdict.STRONG_FURNITURE) {
            kind |= STRONG_FURNITURE;
        } else if (byClass.compareTo(Verdict.HIDDEN) >= 0 || byId.compareTo(Verdict.HIDDEN) >= 0) {
            kind |= WEAK_FURNITURE;
        }
        return kind;
    }

    static boolean isBlockTag(String tag) {
        return BLOCK_TAGS.contains(tag) || MUTED_TAGS.contains(tag);
    }

    static boolean isHeadingTag(String tag) {
        return HEADING_TAGS.contains(tag);
    }

    private static Map<String, Integer> tagKinds() {
        Map<String, Integer> kinds = new HashMap<>();
        INVISIBLE_TAGS.forEach(t -> kinds.merge(t, INVISIBLE, (x, y) -> x | y));
        MUTED_TAGS.forEach(t -> kinds.merge(t, MUTED | BLOCK, (x, y) -> x | y));
        BLOCK_TAGS.forEach(t -> kinds.merge(t, BLOCK, (x, y) -> x | y));
        HEADING_TAGS.forEach(t -> kinds.merge(t, HEADING | NEUTRAL_TEXT, (x, y) -> x | y));
        for (String t : new String[] {"td", "th"}) {
            kinds.merge(t, NEUTRAL_TEXT, (x, y) -> x | y);
        }
        for (String t : new String[] {"p", "blockquote", "pre"}) {
            kinds.merge(t, PARAGRAPH, (x, y) -> x | y);
        }
        kinds.merge("a", ANCHOR, (x, y) -> x | y);
        kinds.merge("blockquote", QUOTE, (x, y) -> x | y);
        kinds.merge("article", ARTICLE, (x, y) -> x | y);
        kinds.merge("time", DATE, (x, y) -> x | y);
        return Map.copyOf(kinds);
    }

    private Verdict verdict(String classOrId) {
        if (classOrId.isEmpty()) {
            return Verdict.NEUTRAL;
        }
        Verdict v = VALUE_VERDICTS.get(classOrId);
        if (v == null) {
            v = judge(classOrId);
            if (VALUE_VERDICTS.size() >= MAX_CACHED_VALUES) {
                VALUE_VERDICTS.clear();
            }
            VALUE_VERDICTS.put(classOrId, v);
        }
        return v;
    }

    private static Verdict judge(String classOrId) {
        Verdict result = Verdict.NEUTRAL;
        int n = classOrId.length();
        int start = 0;
        while (start < n) {
            int end = start;
            while (end < n && !Character.isWhitespace(classOrId.charAt(end))) {
                end++;
            }
            if (end > start) {
                Verdict v = judgeToken(classOrId.substring(start, end));
                if (v == Verdict.BODY) {
                    return v;
                }
                if (v.compareTo(result) > 0) {
                    result = v;
                }
            }
            start = end + 1;
        }
        return result;
    }

    private static Verdict judgeToken(String token) {
        Verdict known = TOKEN_VERDICTS.get(token);
        if (known != null) {
            return known;
        }
        Verdict v = judgeNewToken(token);
        if (TOKEN_VERDICTS.size() >= MAX_CACHED_TOKENS) {
            TOKEN_VERDICTS.clear();
        }
        TOKEN_VERDICTS.put(token, v);
        return v;
    }

    private static Verdict judgeNewToken(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        if (describesState(lower)) {
            return Verdict.NEUTRAL;
        }
        if (lower.equals("author") || hasStem(lower, STRONG_STEMS) || hasWord(token, lower, STRONG_WORDS)) {
            return Verdict.STRONG_FURNITURE;
        }
        if (HIDDEN_CLASSES.contains(lower)) {
            return Verdict.HIDDEN;
        }
        if (hasStem(lower, WEAK_STEMS) || hasWord(token, lower, WEAK_WORDS)) {
            return Verdict.WEAK_FURNITURE;
        }
        return namesBody(lower) ? Verdict.BODY : Verdict.NEUTRAL;
    }

    private static boolean describesState(String lower) {
        for (String prefix : STATE_PREFIXES) {
            if (lower.startsWith(prefix)) {
                return true;
            }
        }
        for (String suffix : STATE_SUFFIXES) {
            if (lower.endsWith(suffix)) {
                return true;
            }
        }
        return lower.startsWith("author-") && !hasStem(lower, STRONG_STEMS);
    }

    private static boolean hasStem(String lower, String[] stems) {
        for (String stem : stems) {
            if (lower.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasWord(String token, String lower, Set<String> words) {
        int start = 0;
        int n = token.length();
        for (int i = 1; i <= n; i++) {
            boolean boundary = i == n
                    || !Character.isLetterOrDigit(token.charAt(i))
                    || (Character.isUpperCase(token.charAt(i)) && Character.isLowerCase(token.charAt(i - 1)));
            if (boundary) {
                if (i > start && words.contains(lower.substring(start, i))) {
                    return true;
                }
                start = i < n && !Character.isLetterOrDigit(token.charAt(i)) ? i + 1 : i;
            }
        }
        return false;
    }

    private static boolean namesBody(String lower) {
        String squashed = lower.replace("-", "").replace("_", "");
        for (String marker : BODY_MARKERS) {
            if (squashed.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hidesContent(String style) {
        if (style.indexOf("none") < 0 && style.indexOf("hidden") < 0) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
