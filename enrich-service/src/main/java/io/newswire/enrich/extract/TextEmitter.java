package io.newswire.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Writes the text of the chosen root (and the siblings that continue it) in one pre-order walk, skipping
 * furniture subtrees, one blank line between blocks. Each block is written first and judged when it closes: a block
 * that turns out to be a link list, a share or sign-up line, or the headline again is cut back out of the buffer, so
 * no subtree is read twice.
 */
final class TextEmitter implements NodeFilter {

    /** A block this short is judged as a whole line (share bars, calls to action, credits). */
    private static final int SHORT_LINE_CHARS = 120;
    /** A standfirst longer than this is not one. */
    private static final int DEK_MAX_CHARS = 400;
    /** A block under a linked heading shorter than this is a teaser. */
    private static final int TEASER_CHARS = 300;

    /** A short line made only of share and widget words ("Share this article", "Tweet Email Print"). */
    private static final Pattern WIDGET_LINE = Pattern.compile(
            "(?i)\\W*(?:share|tweet|e-?mail|print|facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|flipboard"
                    + "|pocket|copy link|comments?|save|advertisement|advertising|sponsored|ad|skip ad)"
                    + "(?:\\W+(?:share|tweet|e-?mail|print|facebook|twitter|x|linkedin|whatsapp|pinterest|reddit"
                    + "|flipboard|pocket|copy link|this|article|story|on|via|to|save))*\\W*");

    /** A short line that opens as a label: credits, pointers to other pages, datelines, reporting credits. */
    private static final Pattern FURNITURE_OPENING = Pattern.compile(
            "(?i)\\W*(?:(?:photo|image|credit|source|foto)s?\\s*:"
                    + "|(?:read|see) (?:more|also)\\b|related:|more on this|recommended"
                    + "|copyright\\b|©"
                    + "|(?:published|updated|posted|last updated)\\b.*\\d"
                    + "|(?:(?:more|other|related|recommended|popular|trending|top|latest|must|editor'?s)\\b.{0,40}"
                    + "\\b(?:stories|articles|news|posts|reads|videos|picks)|you may also like|don'?t miss|more:"
                    + "|sponsored (?:links|content|stories)|images? \\d+ of \\d+)\\W*$"
                    + "|(?:additional )?(?:reporting|writing|editing) by\\b|follow (?:me|us|him|her) (?:on|@))");

    /** Anywhere in a short line: a sign-up call to action, a picture credit, a share prompt, a rights notice. */
    private static final Pattern FURNITURE_PHRASE = Pattern.compile(
            "(?i)\\b(?:newsletters?|sign(?:ing)?[ -]?up|subscribe|please wait)\\b"
                    + "|\\b(?:photo|image|picture|video)s? (?:by|credit|courtesy)\\b"
                    + "|\\b(?:getty images|shutterstock|associated press|ap photo|afp|reuters)/"
                    + "|\\b(?:like this (?:story|article)|share (?:it|this) with)\\b"
                    + "|\\ball rights reserved\\b|\\bcontributed (?:to )?this (?:report|story|article)\\b");

    /** Lower-case fragments one of which every {@link #FURNITURE_PHRASE} match contains: a cheap pre-check. */
    private static final String[] PHRASE_CLUES = {
        "newsletter", "sign", "subscribe", "please wait", "photo", "image", "picture", "video", "/", "like this",
        "share", "rights reserved", "contributed"};

    private static final class Block {
        int start;
        int chars;
        int linkChars;
        int links;
        boolean linkedHeading;
        String tag;
    }

    private final BoilerplateRules rules;
    private final Set<Element> released;
    private final List<Element> roots;
    private final String titleKey;
    private final String descriptionKey;
    private final StringBuilder out = new StringBuilder(8192);
    private final List<Block> blocks = new ArrayList<>();
    private int depth;
    private int anchors;
    private int lastHeadingStart = -1;
    private int lastHeadingEnd = -1;

    private TextEmitter(BoilerplateRules rules, Set<Element> released, PageMetadata meta, List<Element> roots) {
        this.roots = roots;
        this.rules = rules;
        this.released = released;
        this.titleKey = comparable(meta.title());
        this.descriptionKey = comparable(meta.description());
    }

    /** The text of the given parts of the page (the root and the siblings that continue it), in their order. */
    static String emit(List<Element> parts, BoilerplateRules rules, Set<Element> released, PageMetadata meta) {
        TextEmitter emitter = new TextEmitter(rules, released, meta, parts);
        emitter.open("root");
        for (Element part : parts) {
            NodeTraversor.filter(emitter, part);
            emitter.breakLine();
        }
        return emitter.finish();
    }

    @Override
    public FilterResult head(Node node, int nodeDepth) {
        if (node instanceof TextNode text) {
            appendText(text.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element el)) {
            return FilterResult.CONTINUE;
        }
        int kind = rules.classify(el);
        if (nodeDepth > 0 && isSkipped(el, kind)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        String tag = el.normalName();
        if (tag.equals("br")) {
            trimTrailingSpace();
            if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
            return FilterResult.CONTINUE;
        }
        if ((kind & BoilerplateRules.ANCHOR) != 0) {
            anchors++;
            top().links++;
        }
        if ((kind & BoilerplateRules.BLOCK) != 0) {
            breakLine();
            open(tag);
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int nodeDepth) {
        if (!(node instanceof Element el)) {
            return FilterResult.CONTINUE;
        }
        String tag = el.normalName();
        if (tag.equals("a")) {
            anchors--;
        }
        if (BoilerplateRules.isBlockTag(tag) && !tag.equals("br")) {
            close();
        }
        return FilterResult.CONTINUE;
    }

    private boolean isSkipped(Element el, int kind) {
        if ((kind & (BoilerplateRules.INVISIBLE | BoilerplateRules.MUTED)) != 0) {
            return true;
        }
        return (kind & BoilerplateRules.FURNITURE) != 0 && !released.contains(el);
    }

    private void open(String tag) {
        Block b;
        if (depth < blocks.size()) {
            b = blocks.get(depth);
        } else {
            b = new Block();
            blocks.add(b);
        }
        b.start = out.length();
        b.chars = b.linkChars = b.links = 0;
        b.linkedHeading = false;
        b.tag = tag;
        depth++;
    }

    private void close() {
        Block b = blocks.get(--depth);
        if (isFurniture(b)) {
            out.setLength(b.start);
            if (lastHeadingStart >= b.start) {
                lastHeadingStart = -1;
            }
            return;
        }
        if (BoilerplateRules.isHeadingTag(b.tag) && b.chars > 0) {
            lastHeadingStart = b.start;
            lastHeadingEnd = out.length();
        }
        if (depth > 0) {
            Block parent = blocks.get(depth - 1);
            parent.linkedHeading |= BoilerplateRules.isHeadingTag(b.tag) && b.linkChars * 5 > b.chars * 4;
            parent.chars += b.chars;
            parent.linkChars += b.linkChars;
            parent.links += b.links;
        }
        breakLine();
    }

    private boolean isFurniture(Block b) {
        if (b.chars == 0) {
            return false;
        }
        if (b.chars <= SHORT_LINE_CHARS) {
            String line = blockText(b);
            if (WIDGET_LINE.matcher(line).matches() || FURNITURE_OPENING.matcher(line).lookingAt()
                    || hasFurniturePhrase(line) || isTitle(b.chars, line)) {
                return true;
            }
        }
        if (BoilerplateRules.isHeadingTag(b.tag)) {
            return false;
        }
        if (b.chars <= DEK_MAX_CHARS && !b.tag.equals("p") && !descriptionKey.isEmpty()
                && b.chars >= descriptionKey.length() && b.chars <= descriptionKey.length() * 5 / 4 + 5
                && comparable(blockText(b)).equals(descriptionKey)) {
            // the standfirst: the page's description set apart from the paragraphs
            return true;
        }
        if (b.linkedHeading && b.chars < TEASER_CHARS && !b.tag.equals("root")) {
            // a linked headline with a line under it: a teaser for another page
            return true;
        }
        double linkDensity = (double) b.linkChars / b.chars;
        return switch (b.tag) {
            case "p", "li", "dd", "dt", "td", "th" -> linkDensity > 0.8 && b.chars < SHORT_LINE_CHARS;
            case "root", "blockquote", "pre" -> false;
            default -> b.links > 0 && (linkDensity > 0.5 && b.chars < 1000 || linkDensity > 0.7);
        };
    }

    private static boolean hasFurniturePhrase(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (String clue : PHRASE_CLUES) {
            if (lower.contains(clue)) {
                return FURNITURE_PHRASE.matcher(line).find();
            }
        }
        return false;
    }

    /**
     * The headline again: the page title, or the title without the site name after it. {@code visibleChars}
     * (punctuation included) is never less than the letters and digits compared, which rules most lines out cheaply.
     */
    private boolean isTitle(int visibleChars, String line) {
        if (titleKey.isEmpty() || visibleChars * 2 < titleKey.length()) {
            return false;
        }
        String key = comparable(line);
        return !key.isEmpty()
                && (key.equals(titleKey) || titleKey.startsWith(key) && key.length() * 2 >= titleKey.length());
    }

    private String blockText(Block b) {
        return out.substring(b.start).strip();
    }

    private void appendText(String text) {
        int visible = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                appendSpace();
            } else {
                out.append(c);
                visible++;
            }
        }
        if (visible > 0 && depth > 0) {
            Block top = top();
            top.chars += visible;
            if (anchors > 0) {
                top.linkChars += visible;
            }
        }
    }

    private Block top() {
        return blocks.get(depth - 1);
    }

    private void appendSpace() {
        int n = out.length();
        if (n > 0) {
            char last = out.charAt(n - 1);
            if (last != ' ' && last != '\n') {
                out.append(' ');
            }
        }
    }

    private void trimTrailingSpace() {
        int n = out.length();
        while (n > 0 && out.charAt(n - 1) == ' ') {
            n--;
        }
        out.setLength(n);
    }

    private void breakLine() {
        trimTrailingSpace();
        int n = out.length();
        if (n == 0) {
            return;
        }
        if (out.charAt(n - 1) != '\n') {
            out.append("\n\n");
        } else if (n < 2 || out.charAt(n - 2) != '\n') {
            out.append('\n');
        }
    }

    private String finish() {
        // a heading with nothing after it introduced a list or teaser block that was left out
        if (lastHeadingStart >= 0 && lastHeadingEnd <= out.length() && out.substring(lastHeadingEnd).isBlank()) {
            out.setLength(lastHeadingStart);
        }
        return out.toString().strip();
    }

    /** Letters and digits only, lowercased: how a heading is compared with the page title. */
    static String comparable(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
