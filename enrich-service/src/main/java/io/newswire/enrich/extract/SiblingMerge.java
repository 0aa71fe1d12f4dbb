package io.newswire.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Joins a body split over several containers: the chosen root is the tightest element around most of the prose,
 * and its siblings that continue the text are written with it, in page order. A sibling continues the text when it
 * is a paragraph of mostly unlinked prose (the lead before a long quotation, the sign-off after a box), or when it
 * is built like the root (same tag and class: the second half of a body cut by an advertisement slot). Siblings
 * are sought at the level of the outermost element that holds the root and nothing else worth reading (a grid cell
 * around the body with only an ad rail beside it), since that is the element that repeats.
 */
final class SiblingMerge {

    /** A sibling paragraph needs this much unlinked text to be part of the body. */
    static final int MIN_PARAGRAPH_PROSE = 80;
    /** A sibling built like the root needs this much unlinked text. */
    static final int MIN_TWIN_PROSE = 40;

    private SiblingMerge() {
    }

    /** The root and the siblings that continue its text, in page order. */
    static List<Element> parts(Element root, BoilerplateRules rules) {
        Element unit = root;
        while (unit.parent() != null && !unit.parent().normalName().equals("body") && alone(unit, rules)) {
            unit = unit.parent();
        }
        Element parent = unit.parent();
        if (parent == null || parent.childrenSize() < 2) {
            return List.of(root);
        }
        List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == unit) {
                parts.add(root);
            } else if (continuesText(unit, sibling, rules)) {
                parts.add(sibling);
            }
        }
        return parts;
    }

    /** Whether nothing beside this element in its parent has text worth reading. */
    private static boolean alone(Element el, BoilerplateRules rules) {
        Element parent = el.parent();
        for (Node n : parent.childNodes()) {
            if (n instanceof TextNode t && TextMeasure.visibleChars(t.getWholeText()) >= MIN_TWIN_PROSE) {
                return false;
            }
            if (n instanceof Element sibling && sibling != el && unlinkedText(sibling, rules) >= MIN_TWIN_PROSE) {
                return false;
            }
        }
        return true;
    }

    private static int unlinkedText(Element el, BoilerplateRules rules) {
        int kind = rules.classify(el);
        if ((kind & (BoilerplateRules.INVISIBLE | BoilerplateRules.MUTED | BoilerplateRules.FURNITURE)) != 0) {
            return 0;
        }
        Counts c = new Counts(rules, MIN_TWIN_PROSE);
        NodeTraversor.filter(c, el);
        return c.text - c.link;
    }

    private static boolean continuesText(Element root, Element sibling, BoilerplateRules rules) {
        int kind = rules.classify(sibling);
        if ((kind & (BoilerplateRules.INVISIBLE | BoilerplateRules.MUTED | BoilerplateRules.FURNITURE
                | BoilerplateRules.ARTICLE)) != 0) {
            return false;
        }
        boolean paragraph = (kind & BoilerplateRules.PARAGRAPH) != 0;
        // built like the root by a named class; bare tags (table rows, plain divs) say nothing of the kind
        boolean twin = sibling.normalName().equals(root.normalName()) && !root.className().isEmpty()
                && sibling.className().equals(root.className());
        if (!paragraph && !twin) {
            return false;
        }
        Counts c = new Counts(rules, Integer.MAX_VALUE);
        NodeTraversor.filter(c, sibling);
        int prose = c.text - c.link;
        // a paragraph or twin that is a quarter links is a list of pointers to other pages; a "paragraph" holding
        // blocks (a table of notices parsed into a p) is a container, not a paragraph
        return c.link * 4 < c.text && prose >= (paragraph ? MIN_PARAGRAPH_PROSE : MIN_TWIN_PROSE)
                && !(paragraph && c.holdsBlocks);
    }

    /**
     * Visible and linked characters of a subtree, without the furniture the emitter would leave out; counting
     * stops once the unlinked text reaches {@code enough}.
     */
    private static final class Counts implements NodeFilter {
        private final BoilerplateRules rules;
        private final int enough;
        private int text;
        private int link;
        private int anchors;
        private boolean holdsBlocks;

        Counts(BoilerplateRules rules, int enough) {
            this.rules = rules;
            this.enough = enough;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                int n = TextMeasure.visibleChars(t.getWholeText());
                text += n;
                if (anchors > 0) {
                    link += n;
                }
                return text - link >= enough ? FilterResult.STOP : FilterResult.CONTINUE;
            }
            if (node instanceof Element el && depth > 0) {
                int kind = rules.classify(el);
                if ((kind & (BoilerplateRules.INVISIBLE | BoilerplateRules.MUTED | BoilerplateRules.FURNITURE)) != 0) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if ((kind & BoilerplateRules.ANCHOR) != 0) {
                    anchors++;
                }
                holdsBlocks |= (kind & BoilerplateRules.BLOCK) != 0 && !el.normalName().equals("br");
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element el && depth > 0 && el.normalName().equals("a")) {
                anchors--;
            }
            return FilterResult.CONTINUE;
        }
    }
}
