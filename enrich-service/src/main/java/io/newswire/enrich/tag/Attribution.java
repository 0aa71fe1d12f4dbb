package io.newswire.enrich.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who reports a figure ("the territory's Health Ministry said", "according to the Committee to Protect
 * Journalists") with the guide's light normalisation (every Gaza health ministry is "Gaza Health Ministry"),
 * and whether a figure is a running total.
 */
final class Attribution {

    private static final int CI = Pattern.CASE_INSENSITIVE;
    private static final Pattern ACCORDING = Pattern.compile(
            "\\baccording to (?:figures |data |a statement |statistics |a tally |a count )?(?:from |by |released by )?"
                    + "(?:the )?(?<src>[^,.;:\"]{2,60}?)(?=[,.;:\"]|$| on | as | which | who | in | while | and | after | when | but"
                    + " | where | amid | with | based )", CI);
    private static final Pattern SAID = Pattern.compile(
            "(?<src>(?:[\\p{L}'\u2019#-]+\\s+){0,6}[\\p{L}'\u2019#-]+)(?:,\\s+(?:which|who))?\\s+(?:also\\s+)?"
                    + "(?:(?:on|late|early)\\s+\\p{Lu}\\w+\\s+)?"
                    + "(?:is\\s+|are\\s+|was\\s+|were\\s+|has\\s+|have\\s+)?(?:now\\s+)?(?:said|says|say|saying|reported"
                    + "|reports|told|claimed|claims|confirmed|stated|estimated|accused|added|warned|noted)\\b"
                    + "(?!\\s+(?:to\\s+(?:be|have\\s+been)\\s+)?(?:dead|killed|wounded|injured|missing))");
    /** "... killed 10 civilians said the Syrian Observatory for Human Rights": the source after its verb. */
    private static final Pattern SAID_AFTER = Pattern.compile(
            "\\b(?:said|says|reported|reports|added|adds)\\s+(?:on\\s+\\p{Lu}\\w+\\s+)?(?:the\\s+)?"
                    + "(?<src>\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+(?:(?:for|of|to|on)\\s+)?\\p{Lu}[\\p{L}'\u2019-]*)*)"
                    + "(?=\\s*(?:[,.;:]|$))");
    /** "UN estimates that up to 70,000 ...": a named body's figures are its report. */
    private static final Pattern ESTIMATES = Pattern.compile(
            "(?<src>\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]*)*)\\s+(?:estimates|figures|data|statistics|tally)"
                    + "\\b");
    /** "The Syrian Center for Policy Research ... has put the death toll at 470000": an estimate's author. */
    private static final Pattern PUT_TOLL = Pattern.compile(
            "(?<src>\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+(?:(?:for|of)\\s+)?\\p{Lu}[\\p{L}'\u2019-]*)+)[^.;]{0,30}?\\bput\\s+the\\s+"
                    + "(?:death\\s+)?toll\\b");
    /** "The Idlib Media Center which publishes news ... said": a named source with a relative clause. */
    private static final Pattern SAID_RELATIVE = Pattern.compile(
            "(?<src>\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019-]*)+)\\s+(?:which|who)\\s+[^.,;\"]{1,80}?\\s+"
                    + "(?:said|says|reported|reports)\\b");
    /** "the Health Ministry in Gaza" is the Gaza Health Ministry: an institution named with its place after it. */
    private static final Pattern IN_PLACE = Pattern.compile(
            "((?:\\p{Lu}\\w+\\s+)*(?:Ministry|ministry|Office|office))\\s+in\\s+(\\p{Lu}\\w+)$");
    private static final Pattern LEAD_IN = Pattern.compile(
            "^(?:.*\\b(?:that|and|but|while|as|after|when|the|a|an|in|on|with|from|by|LIVE|DEVELOPING"
                    + "|BREAKING)\\s+)", CI);
    private static final Pattern HEALTH_MINISTRY = Pattern.compile("health ministry|ministry of health", CI);
    private static final Pattern SOURCE_WORD = Pattern.compile(
            "\\p{Lu}|officials?|ministry|services|sources?|monitor|groups?|medics|doctors|police|army|military"
                    + "|spokes\\w+|authorities|rebels|hospital|activists|witnesses|residents|agency|observatory");
    /** A pronoun or a description that stands for a source named elsewhere in the passage. */
    static final Pattern BACK_REFERENCE = Pattern.compile(
            "(?i)(?:it|they|(?:[\\p{L}-]+\\s+)?(?:monitor|monitoring group|group|ministry|agency|observatory|organi[sz]ation"
                    + "|committee))");
    private static final Pattern RUNNING = Pattern.compile(
            "\\b(?:since|so far|to date|in total|overall|running total|cumulative|as of|in all)\\b", CI);
    private static final Pattern CAMPAIGN_KILLED = Pattern.compile(
            "\\b(?:war|conflict|campaign|offensive|rebellion|fighting)\\b[^.]{0,80}\\bha(?:s|ve) (?:killed|left)\\b",
            CI);
    private static final Pattern ONE_INCIDENT = Pattern.compile(
            "\\b(?:attack|bombing|blast|explosion|crash|incident|raid|strike|single-day|overnight)\\b", CI);

    private static final Pattern LOWER_PREFIX = Pattern.compile("^(?:\\p{Ll}[\\p{L}'\u2019-]*\\s+)+(?=\\p{Lu})");
    String sourceOf(String s, int numberAt, boolean gaza) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Pattern p : new Pattern[] {ACCORDING, SAID, SAID_AFTER, SAID_RELATIVE, ESTIMATES, PUT_TOLL}) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                String src = clean(m.group("src"));
                if (src == null) {
                    continue;
                }
                int distance = Math.abs(m.start("src") - numberAt) + (m.start() > numberAt ? 1 : 0);
                if (distance < bestDistance) {
                    best = src;
                    bestDistance = distance;
                }
            }
        }
        return best == null ? null : normalise(best, s, gaza);
    }

    private static String clean(String raw) {
        String src = IN_PLACE.matcher(raw.trim().replace("#", "")).replaceFirst("$2 $1");
        Matcher lead = LEAD_IN.matcher(src);
        if (lead.find()) {
            src = src.substring(lead.end());
        }
        src = src.replaceAll("(?i)^(?:the|a|an)\\s+", "").replaceAll("['\u2019]s$", "")
                .replaceAll("(?i)\\s+(?:who|which|that)$", "").replaceAll("\\s+(?:has|have|had|is|are|was|were)$", "")
                .trim();
        // "vehicles SANA reported": a named source starts at its first capital
        Matcher named = LOWER_PREFIX.matcher(src);
        if (named.find()) {
            src = src.substring(named.end());
        }
        src = lastWords(src);
        if (src.matches("(?i)it|they")) {
            return src.toLowerCase(Locale.ROOT);
        }
        if (src.isEmpty() || !SOURCE_WORD.matcher(src).find()
                || src.matches("(?i)(?:he|she|we|i|this|that|who|which|reuters|afp|ap|today|yesterday|monday|tuesday"
                + "|wednesday|thursday|friday|saturday|sunday)")) {
            return null;
        }
        return src;
    }

    /**
     * "injuring dozens others local sources": an unnamed source is its last two words, widened to the left over
     * capitalised words ("Iraqi health officials").
     */
    private static String lastWords(String src) {
        String[] words = src.split("\\s+");
        if (words.length <= 2 || Character.isUpperCase(words[0].charAt(0))) {
            return src;
        }
        int from = words.length - 2;
        while (from > 0 && Character.isUpperCase(words[from - 1].charAt(0))) {
            from--;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
    }

    /** Whether a source is a pronoun or a description ("the monitor", "a monitoring group") of a named one. */
    static boolean backReference(String src) {
        return src.equals("it") || src.equals("they") || !named(src) && BACK_REFERENCE.matcher(src).matches();
    }

    /** The sources a sentence names by proper name, in order, normalised. */
    List<String> namedIn(String s, boolean gaza) {
        List<String> out = new ArrayList<>();
        for (Pattern p : new Pattern[] {ACCORDING, SAID, SAID_AFTER, SAID_RELATIVE, ESTIMATES, PUT_TOLL}) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                String src = clean(m.group("src"));
                if (src != null && named(src) && !src.equals("it") && !src.equals("they")) {
                    out.add(normalise(src, s, gaza));
                }
            }
        }
        return out;
    }

    /** A source named by its proper name: its head word is capitalised ("Syrian Observatory for Human Rights"). */
    static boolean named(String src) {
        String[] words = src.split("\\s+");
        return Character.isUpperCase(words[words.length - 1].charAt(0));
    }

    private static String normalise(String src, String sentence, boolean gaza) {
        src = src.replaceAll("['\u2019]s\\b", ""); // one name however written: "Gaza's Hamas government"
        if (HEALTH_MINISTRY.matcher(src).find()) {
            String lower = (src + " " + sentence).toLowerCase(Locale.ROOT);
            if (src.contains("Palestinian")) {
                return src;
            }
            if (gaza || lower.contains("gaza") || lower.contains("territory") || lower.contains("hamas")) {
                return "Gaza Health Ministry";
            }
        }
        return src;
    }

    static boolean cumulative(String s, int numberAt, boolean toll) {
        String after = s.substring(numberAt);
        if (RUNNING.matcher(after).find() || CAMPAIGN_KILLED.matcher(s.substring(0, numberAt)).find()) {
            return true;
        }
        return toll && !ONE_INCIDENT.matcher(s).find();
    }
}
