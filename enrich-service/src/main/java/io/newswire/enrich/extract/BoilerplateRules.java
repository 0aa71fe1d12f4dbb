package io.newswire.enrich.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Says, for one element, whether its whole subtree is page furniture (menus, share bars, sign-up boxes,
 * comments, recirculation, captions, bylines...) and which tags open a text block. Both passes of the
 * extractor ask the same questions, so one instance (one page) memoises the class/id verdicts: a page repeats
 * a few hundred class strings over thousands of elements.
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
            "button", "label", "legend", "fieldset");

    /** ARIA roles of page chrome. */
    private static final Set<String> DROPPED_ROLES = Set.of(
            "navigation", "menu", "menubar", "complementary", "dialog", "alertdialog", "banner",
            "contentinfo", "search", "toolbar", "tablist");

    /** Tags that start a new text block (and end the inline run before them). */
    private static final Set<String> BLOCK_TAGS = Set.of(
            "html", "body", "main", "article", "section", "div", "p", "li", "ul", "ol", "dl", "dt", "dd",
            "h2", "h3", "h4", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
            "caption", "hr", "figure", "address", "center", "details", "summary", "form", "hgroup", "br",
            "h1", "h5", "h6");

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
            "banner", "print", "tooltip", "skip", "enlarge", "gallery", "slideshow", "carousel");

    /** Stems that mean strong furniture wherever they occur in a class/id, even glued to other words. */
    private static final String[] STRONG_STEMS = {
        "newsletter", "subscri", "signup", "sign-up", "cookie", "outbrain", "taboola", "breadcrumb",
        "sharing", "share-", "social", "related", "comment-", "comments", "byline", "caption",
        "most-read", "mostread", "mostpopular", "most-popular", "author-bio", "authorbio", "author-box",
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

    private final Map<String, Verdict> verdicts = new HashMap<>();

    /** What the class/id of an element says. */
    enum Verdict { NEUTRAL, BODY, WEAK_FURNITURE, STRONG_FURNITURE }

    /** True when the element is never seen as text (scripts, media, hidden blocks): ignored altogether. */
    boolean isInvisible(Element el) {
        if (INVISIBLE_TAGS.contains(el.normalName())) {
            return true;
        }
        if (el.attributesSize() == 0) {
            return false;
        }
        if (el.hasAttr("hidden") || "true".equals(el.attr("aria-hidden"))) {
            return true;
        }
        String style = el.attr("style");
        return !style.isEmpty() && hidesContent(style);
    }

    /**
     * True when the tag, role or microdata of a visible element rule its text out of the article (menus,
     * headline, captions, dates, author boxes), whatever its class says.
     */
    boolean isMuted(Element el) {
        String tag = el.normalName();
        if (MUTED_TAGS.contains(tag)) {
            return !(tag.equals("header") && isBodyHinted(el));
        }
        if (tag.equals("figure")) {
            // a figure may frame a data table or an embedded quote, which the article text keeps
            return el.selectFirst("table, blockquote") == null;
        }
        if (el.attributesSize() == 0) {
            return false;
        }
        String role = el.attr("role");
        if (!role.isEmpty() && DROPPED_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
            return true;
        }
        String itemprop = el.attr("itemprop");
        return itemprop.equals("author") || itemprop.equals("datePublished") || itemprop.equals("dateModified");
    }

    /** What the class and id of an element name; body and html are never furniture. */
    Verdict classVerdict(Element el) {
        if (el.attributesSize() == 0) {
            return Verdict.NEUTRAL;
        }
        String tag = el.normalName();
        if (tag.equals("body") || tag.equals("html")) {
            return Verdict.NEUTRAL;
        }
        return verdict(el);
    }

    boolean isBodyHinted(Element el) {
        return el.attributesSize() > 0 && ("articleBody".equals(el.attr("itemprop")) || classVerdict(el) == Verdict.BODY);
    }

    static boolean isBlock(String tag) {
        return BLOCK_TAGS.contains(tag);
    }

    static boolean isHeading(String tag) {
        return HEADING_TAGS.contains(tag);
    }

    private Verdict verdict(Element el) {
        String classes = el.attr("class");
        String id = el.attr("id");
        if (classes.isEmpty() && id.isEmpty()) {
            return Verdict.NEUTRAL;
        }
        String key = id.isEmpty() ? classes : classes + " #" + id;
        Verdict v = verdicts.get(key);
        if (v == null) {
            v = judge(key);
            verdicts.put(key, v);
        }
        return v;
    }

    private static Verdict judge(String classAndId) {
        Verdict result = Verdict.NEUTRAL;
        for (String token : classAndId.split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            String lower = token.toLowerCase(Locale.ROOT);
            if (describesState(lower)) {
                continue;
            }
            if (lower.equals("author") || hasStem(lower, STRONG_STEMS) || hasWord(token, lower, STRONG_WORDS)) {
                result = Verdict.STRONG_FURNITURE;
            } else if (HIDDEN_CLASSES.contains(lower) || hasStem(lower, WEAK_STEMS)
                    || hasWord(token, lower, WEAK_WORDS)) {
                if (result != Verdict.STRONG_FURNITURE) {
                    result = Verdict.WEAK_FURNITURE;
                }
            } else if (namesBody(lower)) {
                return Verdict.BODY;
            }
        }
        return result;
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
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
