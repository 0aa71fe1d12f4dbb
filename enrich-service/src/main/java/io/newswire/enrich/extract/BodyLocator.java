package io.newswire.enrich.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the element that holds the article: one post-order pass sums, for every element, the text that the
 * emitter would write from it, split into prose (paragraphs of mostly unlinked text), neutral text (headings,
 * table cells) and the rest (link lists, labels, short lines). The chosen root maximises prose minus a penalty
 * on the rest, so a split body is joined through its parent while a sidebar or a teaser list is not worth its
 * noise.
 *
 * <p>An element whose class names furniture is held apart while it is summed: it is dropped with everything
 * chosen inside it, unless its class is only weak evidence ("paywall", "ad-margins") and it turns out to hold
 * the bulk of the prose, in which case it is released and reported so the emitter keeps it too.
 */
final class BodyLocator implements NodeFilter {

    /** A paragraph ({@code p}, quote) shorter than this is a label, not prose. */
    static final int MIN_PARAGRAPH_CHARS = 10;
    /** Any other block's inline text must be this long to count as prose. */
    static final int MIN_BLOCK_PROSE_CHARS = 40;
    /** Weight of non-prose text against prose when choosing the root. */
    static final double NOISE_PENALTY = Double.parseDouble(System.getProperty("nw.noise", "2.0"));
    /** Prose in an element whose class or id names the article body weighs this much more. */
    static final double BODY_HINT_BONUS = 0.25;
    /** A block smaller than this whose text is partly links (see below) is a teaser for another page. */
    static final int TEASER_MAX_CHARS = Integer.getInteger("nw.teaserMax", 500);
    static final int TEASER_LINK_TENTHS = Integer.getInteger("nw.teaserLd", 2);
    /** A weak-furniture element holding this much prose is a mislabelled wrapper, not furniture. */
    static final int RELEASE_PROSE = 1000;

    /** The chosen root, the prose it holds (visible chars), and furniture-classed elements kept for their prose. */
    record Located(Element root, int prose, Set<Element> released) {
    }

    private static final class Frame {
        boolean block;
        boolean paragraph;
        boolean neutralText;
        boolean muted;
        boolean hinted;
        BoilerplateRules.Verdict verdict;
        int inline;
        int inlineLink;
        int text;
        int link;
        int prose;
        int neutral;
        Element bestBefore;
        double bestScoreBefore;
        int bestProseBefore;
    }

    private final BoilerplateRules rules;
    private final List<Frame> stack = new ArrayList<>();
    private final Set<Element> released = Collections.newSetFromMap(new IdentityHashMap<>());
    private int depth;
    private int anchors;
    private int hintedDepth;
    private Element best;
    private double bestScore;
    private int bestProse;

    private BodyLocator(BoilerplateRules rules) {
        this.rules = rules;
    }

    static Located locate(Element body, BoilerplateRules rules) {
        BodyLocator locator = new BodyLocator(rules);
        NodeTraversor.filter(locator, body);
        return new Located(locator.best, locator.bestProse, locator.released);
    }

    @Override
    public FilterResult head(Node node, int nodeDepth) {
        if (node instanceof TextNode text) {
            if (depth > 0) {
                int n = TextMeasure.visibleChars(text.getWholeText());
                Frame top = stack.get(depth - 1);
                top.inline += n;
                if (anchors > 0) {
                    top.inlineLink += n;
                }
            }
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element el)) {
            return FilterResult.CONTINUE;
        }
        if (rules.isInvisible(el)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        String tag = el.normalName();
        Frame f = push();
        f.block = BoilerplateRules.isBlock(tag);
        f.paragraph = tag.equals("p") || tag.equals("blockquote") || tag.equals("pre");
        f.neutralText = BoilerplateRules.isHeading(tag) || tag.equals("td") || tag.equals("th");
        f.muted = rules.isMuted(el);
        f.verdict = rules.classVerdict(el);
        f.hinted = f.verdict == BoilerplateRules.Verdict.BODY || rules.isBodyHinted(el);
        if (f.hinted) {
            hintedDepth++;
        }
        if (isFurniture(f)) {
            f.bestBefore = best;
            f.bestScoreBefore = bestScore;
            f.bestProseBefore = bestProse;
        }
        if (tag.equals("a")) {
            anchors++;
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int nodeDepth) {
        if (!(node instanceof Element el)) {
            return FilterResult.CONTINUE;
        }
        Frame f = stack.get(--depth);
        if (el.normalName().equals("a")) {
            anchors--;
        }
        Frame parent = depth > 0 ? stack.get(depth - 1) : null;
        if (f.hinted) {
            hintedDepth--;
        }
        // inside an element named as the article body, linked list items and link-rich paragraphs are the article's
        boolean trusted = hintedDepth > 0;
        if (f.block || f.muted) {
            f.text += f.inline;
            f.link += f.inlineLink;
        } else if (parent != null) {
            parent.inline += f.inline;
            parent.inlineLink += f.inlineLink;
        }
        if (f.muted || isFurniture(f) && !release(f, el)) {
            // not written, so worth nothing as prose; still noise for the elements around it
            if (isFurniture(f)) {
                best = f.bestBefore;
                bestScore = f.bestScoreBefore;
                bestProse = f.bestProseBefore;
            }
            f.bestBefore = null;
            if (parent != null) {
                parent.text += f.text;
                parent.link += f.link;
            }
            return FilterResult.CONTINUE;
        }
        f.bestBefore = null;
        if (f.block) {
            int minimum = f.paragraph ? MIN_PARAGRAPH_CHARS : MIN_BLOCK_PROSE_CHARS;
            if (f.neutralText && f.inlineLink * 2 < f.inline) {
                f.neutral += f.inline;
            } else if (f.inline >= minimum && f.inlineLink * (trusted ? 2 : 3) < f.inline) {
                f.prose += f.inline - f.inlineLink;
            }
        }
        if (!trusted && f.block && !f.paragraph && f.text < TEASER_MAX_CHARS && f.link * 10 > f.text * TEASER_LINK_TENTHS) {
            // a headline link with a blurb under it: a teaser for another page, its prose is not this article's
            f.prose = 0;
        }
        if (f.hinted) {
            f.prose += (int) (f.prose * BODY_HINT_BONUS);
        }
        if (f.prose > 0) {
            double score = f.prose - NOISE_PENALTY * Math.max(0, f.text - f.prose - f.neutral);
            if (best == null || score > bestScore) {
                best = el;
                bestScore = score;
                bestProse = f.prose;
            }
        }
        if (parent != null) {
            parent.text += f.text;
            parent.link += f.link;
            parent.prose += f.prose;
            parent.neutral += f.neutral;
        }
        return FilterResult.CONTINUE;
    }

    private static boolean isFurniture(Frame f) {
        return f.verdict == BoilerplateRules.Verdict.WEAK_FURNITURE
                || f.verdict == BoilerplateRules.Verdict.STRONG_FURNITURE;
    }

    private boolean release(Frame f, Element el) {
        // the block's own inline text is not yet in f.prose; wrappers hold their prose in child paragraphs
        if (f.verdict == BoilerplateRules.Verdict.WEAK_FURNITURE && f.prose >= RELEASE_PROSE
                && f.prose * 2 >= f.text) {
            released.add(el);
            return true;
        }
        return false;
    }

    private Frame push() {
        Frame f;
        if (depth < stack.size()) {
            f = stack.get(depth);
            f.inline = f.inlineLink = f.text = f.link = f.prose = f.neutral = 0;
        } else {
            f = new Frame();
            stack.add(f);
        }
        depth++;
        return f;
    }
}
