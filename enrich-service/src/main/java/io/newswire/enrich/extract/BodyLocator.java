package io.newswire.enrich.extract;

import static io.newswire.enrich.extract.BoilerplateRules.ANCHOR;
import static io.newswire.enrich.extract.BoilerplateRules.ARTICLE;
import static io.newswire.enrich.extract.BoilerplateRules.AUTHOR;
import static io.newswire.enrich.extract.BoilerplateRules.BLOCK;
import static io.newswire.enrich.extract.BoilerplateRules.BODY_HINT;
import static io.newswire.enrich.extract.BoilerplateRules.DATE;
import static io.newswire.enrich.extract.BoilerplateRules.FURNITURE;
import static io.newswire.enrich.extract.BoilerplateRules.HEADING;
import static io.newswire.enrich.extract.BoilerplateRules.INVISIBLE;
import static io.newswire.enrich.extract.BoilerplateRules.MUTED;
import static io.newswire.enrich.extract.BoilerplateRules.NEUTRAL_TEXT;
import static io.newswire.enrich.extract.BoilerplateRules.PARAGRAPH;
import static io.newswire.enrich.extract.BoilerplateRules.QUOTE;
import static io.newswire.enrich.extract.BoilerplateRules.WEAK_FURNITURE;

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
 * table cells) and noise (link lists, labels, short lines, and the text of chrome that is not written at all).
 * The chosen root maximises prose minus a penalty on noise, with the prose a container carries up counting less
 * at each level, so the root is the tightest element around the article: a page wrapper does not pay for the
 * "about us" block or teaser it would add, and a sidebar or a teaser list is not worth its noise. A body split over
 * several containers is joined afterwards ({@link SiblingMerge}).
 *
 * <p>An element whose class names furniture is held apart while it is summed: it is dropped with everything
 * chosen inside it, unless its class is only weak evidence ("paywall", "ad-margins") and it turns out to hold
 * mostly prose, in which case it is released and reported so the emitter keeps it too.
 */
final class BodyLocator implements NodeFilter {

    /** A paragraph ({@code p}, quote) shorter than this is a label, not prose. */
    static final int MIN_PARAGRAPH_CHARS = 10;
    /** Any other block's inline text must be this long to count as prose. */
    static final int MIN_BLOCK_PROSE_CHARS = 40;
    /** A table cell with this much inline text is a paragraph of a layout table, not data. */
    static final int MIN_CELL_PROSE_CHARS = 100;
    /** Unlinked text that makes a paragraph prose however many links run through it. */
    static final int LINKED_PARAGRAPH_PROSE = 80;
    /** A quotation up to this long, making up most of a furniture-named wrapper, is an embedded post. */
    static final int EMBEDDED_POST_CHARS = 1500;
    /** Weight of noise against prose when choosing the root. */
    static final double NOISE_PENALTY = 1.0;
    /** Prose in an element whose class or id names the article body weighs this much more. */
    static final double BODY_HINT_BONUS = 0.25;
    /** A block smaller than this whose text is over a fifth links is a teaser for another page. */
    static final int TEASER_MAX_CHARS = 500;
    /** A block under this size that leads with a linked heading is a teaser card when it has repeated siblings. */
    static final int TEASER_CARD_CHARS = 1000;
    /** This many teaser cards side by side make a list of teasers. */
    static final int MIN_REPEATED_CARDS = 3;
    /** An {@code <article>} with this much prose is a full article, not a teaser card. */
    static final int LISTED_ARTICLE_PROSE = 500;
    /**
     * An element holding the current choice must beat it by this share of its prose: a wrapper is worth taking
     * for a second half of the body, not for an "about us" or disclaimer block beside it.
     */
    static final double WRAPPER_MARGIN = 0.2;
    /**
     * What prose keeps of its weight for each level it is carried up from a container: a page wrapper that takes in
     * an "about us" block or a teaser beside the article gains less than the article's own container loses.
     * Paragraphs count in full for the element holding them.
     */
    static final double CARRY = 0.8;
    /** A weak-furniture element holding this much prose, at least half its text, is a mislabelled wrapper. */
    static final int RELEASE_PROSE = 1000;

    /**
     * What the pass found: the chosen root (null when no element holds prose), the prose it holds (visible chars),
     * furniture-classed elements kept for their prose, and the first visible author and date elements.
     */
    record Located(Element root, int prose, Set<Element> released, Element author, Element date) {
    }

    /** A furniture-classed element that was dropped, with the prose it held. */
    private record Dropped(Element element, int prose) {
    }

    /** The best root so far: its score, its prose and its place in document order (pre-order number). */
    private record Choice(Element element, double score, int prose, int entry) {
        /**
         * The score a candidate must pass. A candidate closing after this choice and entered before it holds it
         * (post-order), and must beat it by the wrapper margin.
         */
        double toBeat(int candidateEntry) {
            return entry >= candidateEntry ? score + WRAPPER_MARGIN * prose : score;
        }
    }

    private static final class Frame {
        int kind;
        int inline;
        int inlineLink;
        int text;
        int link;
        int prose;
        /** Prose whatever the class/id verdicts inside: what a reader sees as paragraphs. */
        int rawProse;
        /** A heading that is all link lies under this element, not yet claimed by a teaser card. */
        boolean linkedHeading;
        /** Teaser cards among the children, and the prose they brought (plain, raw and carried). */
        int cards;
        int cardProse;
        int cardRawProse;
        double cardCarried;
        /** Link text inside paragraphs that count as prose: names in sentences, not pointers to other pages. */
        int proseLink;
        /** Prose with what is carried up from below a container counting less for each level it climbs. */
        double carried;
        boolean holdsHint;
        int neutral;
        int quote;
        int articles;
        boolean holdsArticles;
        int entry;
        Choice choiceBefore;
    }

    private final BoilerplateRules rules;
    private final List<Frame> stack = new ArrayList<>();
    private final Set<Element> released = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Element exempt;
    private Dropped largestDropped;
    private int pageProse;
    private int depth;
    private int anchors;
    private int hintedDepth;
    private int appendedDepth;
    private int entered;
    private Choice best;
    private Element author;
    private Element date;

    private BodyLocator(BoilerplateRules rules, Element exempt) {
        this.rules = rules;
        this.exempt = exempt;
    }

    /**
     * The article's element. A furniture verdict never stands against an element that holds most of the page's
     * prose: a layout wrapper named "widget" or "overlay" around the whole story is found dropped after the
     * first pass, and the pass is run again with that one element exempt.
     */
    static Located locate(Element body, BoilerplateRules rules) {
        BodyLocator first = run(body, rules, null);
        Dropped dropped = first.largestDropped;
        if (dropped != null && dropped.prose() * 2 > first.pageProse) {
            return run(body, rules, dropped.element()).located();
        }
        return first.located();
    }

    private static BodyLocator run(Element body, BoilerplateRules rules, Element exempt) {
        BodyLocator locator = new BodyLocator(rules, exempt);
        NodeTraversor.filter(locator, body);
        return locator;
    }

    private Located located() {
        return new Located(best == null ? null : best.element(), best == null ? 0 : best.prose(), released,
                author, date);
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
        int kind = rules.classify(el);
        if ((kind & INVISIBLE) != 0) {
            return FilterResult.SKIP_ENTIRELY;
        }
        Frame parentFrame = depth > 0 ? stack.get(depth - 1) : null;
        Frame f = push();
        f.kind = kind;
        f.entry = ++entered;
        if ((kind & ARTICLE) != 0 && parentFrame != null && parentFrame.articles > 0) {
            appendedDepth++;
        }
        if ((kind & BODY_HINT) != 0) {
            hintedDepth++;
        }
        if ((kind & FURNITURE) != 0) {
            f.choiceBefore = best;
        }
        if ((kind & ANCHOR) != 0) {
            anchors++;
        }
        if ((kind & AUTHOR) != 0 && author == null) {
            author = el;
        }
        if ((kind & DATE) != 0 && date == null) {
            date = el;
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int nodeDepth) {
        if (!(node instanceof Element el)) {
            return FilterResult.CONTINUE;
        }
        Frame f = stack.get(--depth);
        int kind = f.kind;
        if ((kind & ANCHOR) != 0) {
            anchors--;
        }
        if ((kind & BODY_HINT) != 0) {
            hintedDepth--;
        }
        Frame parent = depth > 0 ? stack.get(depth - 1) : null;
        boolean appended = appendedDepth > 0;
        if ((kind & ARTICLE) != 0 && parent != null && parent.articles > 0) {
            appendedDepth--;
        }
        // inside an element named as the article body, linked list items and link-rich paragraphs are the article's
        boolean trusted = hintedDepth > 0;
        boolean muted = (kind & MUTED) != 0;
        if ((kind & BLOCK) != 0 || muted) {
            f.text += f.inline;
            f.link += f.inlineLink;
        } else if (parent != null) {
            parent.inline += f.inline;
            parent.inlineLink += f.inlineLink;
        }
        if (muted) {
            // not written, so worth nothing as prose; still noise for the elements around it
            if ((kind & FURNITURE) != 0) {
                best = f.choiceBefore;
            }
            f.choiceBefore = null;
            addNoise(parent, f);
            return FilterResult.CONTINUE;
        }
        int own = 0;
        if ((kind & BLOCK) != 0) {
            int minimum = (kind & PARAGRAPH) != 0 ? MIN_PARAGRAPH_CHARS : MIN_BLOCK_PROSE_CHARS;
            // a heading, or a data cell; a long cell is a layout table's paragraph
            boolean neutral = (kind & HEADING) != 0 || f.inline < MIN_CELL_PROSE_CHARS;
            if ((kind & NEUTRAL_TEXT) != 0 && neutral && f.inlineLink * 2 < f.inline) {
                f.neutral += f.inline;
            } else if (f.inline >= minimum && f.inlineLink * (trusted ? 2 : 3) < f.inline
                    || (kind & PARAGRAPH) != 0 && f.inline - f.inlineLink >= LINKED_PARAGRAPH_PROSE) {
                // a paragraph with sentences of its own is prose whatever links (names, a hover card) run through
                // it; its links are neither prose nor noise
                own = f.inline - f.inlineLink;
                if ((kind & PARAGRAPH) != 0) {
                    f.neutral += f.inlineLink;
                    f.proseLink += f.inlineLink;
                }
                f.prose += own;
                f.rawProse += own;
                f.carried += own;
            }
            if (!trusted && (kind & PARAGRAPH) == 0 && f.text < TEASER_MAX_CHARS
                    && (f.link - f.proseLink) * 5 > f.text) {
                // a headline link with a blurb under it: a teaser for another page, its prose is not this article's
                f.prose = 0;
                f.rawProse = 0;
                f.carried = 0;
            }
        }
        if (f.cards >= MIN_REPEATED_CARDS) {
            // repeated siblings that each lead with a linked headline: a list of teasers for other pages
            f.prose -= f.cardProse;
            f.rawProse -= f.cardRawProse;
            f.carried -= f.cardCarried;
        }
        boolean card = false;
        if ((kind & HEADING) != 0 && f.inlineLink * 5 > f.inline * 4) {
            f.linkedHeading = true;
        } else if (f.linkedHeading && (kind & BLOCK) != 0 && !trusted && f.prose > 0) {
            // the smallest block holding the headline and an excerpt under it
            card = f.text < TEASER_CARD_CHARS;
            f.linkedHeading = false;
        }
        boolean paragraph = own > 0 && f.prose == own;
        if (parent == null) {
            pageProse = f.rawProse;
        }
        boolean furniture = (kind & FURNITURE) != 0 && el != exempt;
        if (furniture && !release(f, el)) {
            best = f.choiceBefore;
            f.choiceBefore = null;
            if (largestDropped == null || f.rawProse > largestDropped.prose()) {
                largestDropped = new Dropped(el, f.rawProse);
            }
            addNoise(parent, f);
            if (parent != null) {
                parent.rawProse += f.rawProse;
            }
            return FilterResult.CONTINUE;
        }
        f.choiceBefore = null;
        if ((kind & QUOTE) != 0) {
            f.quote = f.text;
        }
        if ((kind & BODY_HINT) != 0) {
            f.prose += (int) (f.prose * BODY_HINT_BONUS);
            f.carried *= 1 + BODY_HINT_BONUS;
        }
        if ((kind & ARTICLE) != 0 && f.prose >= LISTED_ARTICLE_PROSE && parent != null) {
            parent.articles++;
        }
        f.holdsArticles |= f.articles > 1;
        // several full articles side by side (infinite scroll, a blog's front page): the first is the page's own,
        // the ones after it and any element holding them all are not candidates
        if (f.prose > 0 && !appended && !f.holdsArticles) {
            double score = f.carried - NOISE_PENALTY * Math.max(0, f.text - f.prose - f.neutral);
            if (best == null || score > best.toBeat(f.entry)) {
                best = new Choice(el, score, f.prose, f.entry);
            }
        }
        if (parent != null) {
            parent.text += f.text;
            parent.link += f.link;
            parent.prose += f.prose;
            parent.rawProse += f.rawProse;
            parent.proseLink += f.proseLink;
            // a paragraph's prose counts in full for the element holding it, a container's less at each level up
            double carried = paragraph ? f.carried : CARRY * f.carried;
            parent.carried += carried;
            parent.linkedHeading |= f.linkedHeading;
            if (card) {
                parent.cards++;
                parent.cardProse += f.prose;
                parent.cardRawProse += f.rawProse;
                parent.cardCarried += carried;
            }
            parent.holdsHint |= f.holdsHint || (kind & BODY_HINT) != 0;
            parent.neutral += f.neutral;
            parent.quote += f.quote;
            parent.holdsArticles |= f.holdsArticles;
        }
        return FilterResult.CONTINUE;
    }

    private static void addNoise(Frame parent, Frame f) {
        if (parent != null) {
            parent.text += f.text;
            parent.link += f.link;
        }
    }

    private boolean release(Frame f, Element el) {
        // an embed widget around a quoted post (a tweet, under a "social" or "embed" wrapper) is part of the story,
        // whatever the wrapper's class; an element holding the part named as the article body is a wrapper of the
        // article
        boolean wrapsQuote = f.quote > 0 && f.quote * 2 >= f.text;
        boolean embeddedPost = wrapsQuote && f.quote <= EMBEDDED_POST_CHARS;
        boolean weaklyNamed = (f.kind & WEAK_FURNITURE) != 0
                && (wrapsQuote || f.prose >= RELEASE_PROSE && f.prose * 2 >= f.text);
        if (weaklyNamed || embeddedPost || f.holdsHint) {
            released.add(el);
            return true;
        }
        return false;
    }

    private Frame push() {
        Frame f;
        if (depth < stack.size()) {
            f = stack.get(depth);
            f.inline = f.inlineLink = f.text = f.link = f.neutral = f.quote = f.articles = 0;
            f.prose = f.rawProse = f.proseLink = f.cards = f.cardProse = f.cardRawProse = 0;
            f.cardCarried = 0;
            f.linkedHeading = false;
            f.holdsArticles = f.holdsHint = false;
            f.carried = 0;
        } else {
            f = new Frame();
            stack.add(f);
        }
        depth++;
        return f;
    }
}
