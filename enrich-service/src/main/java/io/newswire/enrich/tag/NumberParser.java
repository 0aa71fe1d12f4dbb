package io.newswire.enrich.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds figures in a sentence: digits with or without thousands separators ("40,005", "30000", "1.5 million"),
 * number words ("two hundred and fifty", "forty-five"), "a dozen", vague quantity nouns by the ACLED conservative
 * rule (tens 10, dozens 12, scores 20, hundreds 100, thousands 1000, tens of thousands 10000, hundreds of thousands
 * 100000), and ranges ("10 to 15", "between 10 and 15").
 */
final class NumberParser {

    private static final Map<String, Long> SMALL = Map.ofEntries(
            Map.entry("zero", 0L), Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L),
            Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L),
            Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L),
            Map.entry("twelve", 12L), Map.entry("thirteen", 13L), Map.entry("fourteen", 14L),
            Map.entry("fifteen", 15L), Map.entry("sixteen", 16L), Map.entry("seventeen", 17L),
            Map.entry("eighteen", 18L), Map.entry("nineteen", 19L), Map.entry("twenty", 20L),
            Map.entry("thirty", 30L), Map.entry("forty", 40L), Map.entry("fifty", 50L), Map.entry("sixty", 60L),
            Map.entry("seventy", 70L), Map.entry("eighty", 80L), Map.entry("ninety", 90L));
    private static final Map<String, Long> MULTIPLIERS = Map.of(
            "hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);
    /** "two dozen" is 24; "dozen" multiplies only the number right before it. */
    private static final long DOZEN = 12;
    private static final Map<String, Long> VAGUE = Map.of(
            "tens", 10L, "dozens", 12L, "scores", 20L, "hundreds", 100L, "thousands", 1_000L,
            "millions", 1_000_000L);

    private static final String WORD = "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
            + "|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)";
    private static final Pattern FIGURE = Pattern.compile(
            "(?<digits>(?<![\\w.,])(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?![\\w]|[.,]\\d))"
                    + "(?:\\s+(?<mult>million|thousand|hundred|billion)\\b)?"
                    + "|(?<vague>\\b(?:tens|hundreds)\\s+of\\s+(?:thousands|millions)\\b"
                    + "|\\b(?:tens|dozens|scores|hundreds|thousands|millions)\\b)"
                    + "|(?<fraction>\\b(?:(?:a|one)\\s+(?:quarter|half|third)\\s+of\\s+a|half\\s+a)\\s+(?:million|billion)\\b)"
                    + "|(?<single>\\b(?:a|one)\\s+(?:dozen|hundred|thousand|million)\\b)"
                    + "|(?<words>\\b" + WORD + "(?:(?:\\s+and\\s+|[\\s-]+)" + WORD + ")*\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE_GAP = Pattern.compile("\\s*(?:-|\u2013|to|or)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern BETWEEN = Pattern.compile("between\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern AND = Pattern.compile("^\\s+and\\s+", Pattern.CASE_INSENSITIVE);

    private static final Pattern LETTERS = Pattern.compile("[a-zA-Z]+");
    private NumberParser() {
    }

    static List<NumberMention> find(String s) {
        List<NumberMention> found = new ArrayList<>();
        Matcher m = FIGURE.matcher(s);
        while (m.find()) {
            NumberMention n = parse(m, s);
            if (n != null) {
                found.add(n);
            }
        }
        return ranges(found, s);
    }

    private static NumberMention parse(Matcher m, String s) {
        if (m.group("digits") != null) {
            String digits = m.group("digits").replace(",", "");
            boolean decimal = digits.indexOf('.') >= 0;
            String mult = m.group("mult");
            if (decimal && mult == null) {
                return null;
            }
            double v = Double.parseDouble(digits) * (mult == null ? 1 : MULTIPLIERS.get(mult.toLowerCase(Locale.ROOT)));
            return new NumberMention(m.start(), m.end(), Math.round(v), null, false);
        }
        if (m.group("vague") != null) {
            String[] words = m.group("vague").toLowerCase(Locale.ROOT).split("\\s+");
            long v = words.length == 1 ? VAGUE.get(words[0])
                    : VAGUE.get(words[0]) * VAGUE.get(words[2]);
            return new NumberMention(m.start(), m.end(), v, null, true);
        }
        if (m.group("fraction") != null) {
            String f = m.group("fraction").toLowerCase(Locale.ROOT);
            long unit = f.endsWith("billion") ? 1_000_000_000L : 1_000_000L;
            long v = f.contains("quarter") ? unit / 4 : f.contains("third") ? unit / 3 : unit / 2;
            return new NumberMention(m.start(), m.end(), v, null, false);
        }
        if (m.group("single") != null) {
            String unit = m.group("single").toLowerCase(Locale.ROOT).replaceAll("^(?:a|one)\\s+", "");
            long v = unit.equals("dozen") ? 12 : MULTIPLIERS.get(unit);
            return new NumberMention(m.start(), m.end(), v, null, false);
        }
        return words(m.start(), m.group("words"));
    }

    /** Evaluates a run of number words; a run that starts with a multiplier or joins two numbers is cut. */
    private static NumberMention words(int start, String run) {
        Matcher tok = LETTERS.matcher(run);
        long total = 0;
        long current = 0;
        int end = 0;
        String previous = null;
        boolean any = false;
        while (tok.find()) {
            String w = tok.group().toLowerCase(Locale.ROOT);
            if (w.equals("and")) {
                if (previous == null || !MULTIPLIERS.containsKey(previous)) {
                    break;
                }
                previous = w;
                continue;
            }
            Long small = SMALL.get(w);
            if (small != null) {
                if (previous != null && SMALL.containsKey(previous) && !(SMALL.get(previous) >= 20
                        && SMALL.get(previous) % 10 == 0 && small < 10)) {
                    break; // "one two" is two numbers, not one
                }
                current += small;
            } else if (w.equals("dozen")) {
                if (!any) {
                    return null;
                }
                current *= DOZEN;
            } else {
                long mult = MULTIPLIERS.get(w);
                if (!any) {
                    return null; // a bare "hundred" or "thousand"
                }
                if (mult == 100) {
                    current = (current == 0 ? 1 : current) * 100;
                } else {
                    total += (current == 0 ? 1 : current) * mult;
                    current = 0;
                }
            }
            any = true;
            previous = w;
            end = tok.end();
        }
        return any ? new NumberMention(start, start + end, total + current, null, false) : null;
    }

    private static List<NumberMention> ranges(List<NumberMention> found, String s) {
        if (found.size() < 2) {
            return found;
        }
        List<NumberMention> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            NumberMention a = found.get(i);
            if (i + 1 < found.size() && !a.vague()) {
                NumberMention b = found.get(i + 1);
                String gap = s.substring(a.end(), b.start());
                boolean between = BETWEEN.matcher(s.substring(Math.max(0, a.start() - 10), a.start())).find();
                boolean joined = between ? AND.matcher(gap).matches() || RANGE_GAP.matcher(gap).matches()
                        : RANGE_GAP.matcher(gap).matches() && !gap.trim().equalsIgnoreCase("or");
                if (joined && !b.vague() && b.value() > a.value()) {
                    int start = between ? s.lastIndexOf("etween", a.start()) - 1 : a.start();
                    out.add(new NumberMention(start, b.end(), a.value(), b.value(), false));
                    i++;
                    continue;
                }
            }
            out.add(a);
        }
        return out;
    }
}
