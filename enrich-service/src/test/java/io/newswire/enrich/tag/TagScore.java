package io.newswire.enrich.tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A line-by-line Java port of ../shared/tools/score_tags.py (talks, casualties and parties P/R/F1, headline),
 * so the quality tests score exactly as the project's scorer does.
 */
final class TagScore {

    record Prf(double precision, double recall, double f1, int tp, int fp, int fn) {
        static Prf of(int tp, int fp, int fn) {
            double p = tp + fp > 0 ? (double) tp / (tp + fp) : 0;
            double r = tp + fn > 0 ? (double) tp / (tp + fn) : 0;
            double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
            return new Prf(round(p), round(r), round(f), tp, fp, fn);
        }
    }

    record Result(int passages, Prf talks, Double statusAccuracy, Double venueRecall, Double venuePrecision,
                  Prf mediators, Prf casualties, Double qualifierAccuracy, Double sourceAccuracy, Prf parties,
                  double headline) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private TagScore() {
    }

    static Map<String, JsonNode> load(Path jsonl) throws IOException {
        Map<String, JsonNode> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(jsonl)) {
            if (!line.isBlank()) {
                JsonNode row = JSON.readTree(line);
                rows.put(row.get("id").asText(), row);
            }
        }
        return rows;
    }

    static JsonNode toJson(Map<String, Object> prediction) {
        return JSON.valueToTree(prediction);
    }

    static String norm(String name) {
        if (name == null) {
            return null;
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        s = s.replace("-", " ").replace("\u2019", "'").replace(".", "");
        List<String> words = new ArrayList<>(Arrays.asList(s.trim().split("\\s+")));
        words.removeIf(String::isEmpty);
        if (!words.isEmpty() && words.get(0).equals("the")) {
            words.remove(0);
        }
        return String.join(" ", words);
    }

    private static Object countKey(JsonNode count) {
        if (count.isArray()) {
            List<Long> key = new ArrayList<>();
            count.forEach(c -> key.add(c.asLong()));
            return key;
        }
        return count.asLong();
    }

    private static boolean sameSource(JsonNode a, JsonNode b) {
        String na = a == null || a.isNull() ? null : norm(a.asText());
        String nb = b == null || b.isNull() ? null : norm(b.asText());
        if (na == null || nb == null) {
            return Objects.equals(na, nb);
        }
        Set<String> sa = new HashSet<>(Arrays.asList(na.split(" ")));
        Set<String> sb = new HashSet<>(Arrays.asList(nb.split(" ")));
        return sb.containsAll(sa) || sa.containsAll(sb);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Set<String> names(JsonNode array) {
        Set<String> out = new HashSet<>();
        if (array != null) {
            array.forEach(x -> out.add(norm(x.asText())));
        }
        return out;
    }

    static Result score(Map<String, JsonNode> gold, Map<String, JsonNode> pred) {
        int talksTp = 0, talksFp = 0, talksFn = 0, medTp = 0, medFp = 0, medFn = 0;
        int casTp = 0, casFp = 0, casFn = 0, parTp = 0, parFp = 0, parFn = 0;
        int statusOk = 0, statusN = 0, venueOk = 0, venueN = 0, venuePred = 0, venuePredOk = 0;
        int qualOk = 0, srcOk = 0, matched = 0;
        for (Map.Entry<String, JsonNode> e : gold.entrySet()) {
            JsonNode g = e.getValue();
            JsonNode p = pred.getOrDefault(e.getKey(), JSON.createObjectNode());
            JsonNode gt = g.path("talks");
            JsonNode pt = p.path("talks");
            boolean gp = gt.path("present").asBoolean(false);
            boolean pp = pt.path("present").asBoolean(false);
            talksTp += gp && pp ? 1 : 0;
            talksFp += pp && !gp ? 1 : 0;
            talksFn += gp && !pp ? 1 : 0;
            if (gp && pp && text(gt, "status") != null) {
                statusN++;
                statusOk += Objects.equals(text(pt, "status"), text(gt, "status")) ? 1 : 0;
            }
            if (gp && text(gt, "venue") != null) {
                venueN++;
                venueOk += Objects.equals(norm(text(pt, "venue")), norm(text(gt, "venue"))) ? 1 : 0;
            }
            if (pp && text(pt, "venue") != null) {
                venuePred++;
                venuePredOk += gp && Objects.equals(norm(text(pt, "venue")), norm(text(gt, "venue"))) ? 1 : 0;
            }
            Set<String> gm = gp ? names(gt.get("mediators")) : Set.of();
            Set<String> pm = pp ? names(pt.get("mediators")) : Set.of();
            medTp += intersection(gm, pm);
            medFp += pm.size() - intersection(gm, pm);
            medFn += gm.size() - intersection(gm, pm);

            List<JsonNode> unused = new ArrayList<>();
            p.path("casualties").forEach(c -> {
                if (c.hasNonNull("count")) {
                    unused.add(c);
                }
            });
            for (JsonNode gc : g.path("casualties")) {
                if (!gc.hasNonNull("count")) {
                    continue;
                }
                Object key = countKey(gc.get("count"));
                String kind = gc.get("kind").asText();
                JsonNode hit = unused.stream().filter(pc -> countKey(pc.get("count")).equals(key)
                        && kind.equals(text(pc, "kind"))).findFirst().orElse(null);
                if (hit == null) {
                    casFn++;
                    continue;
                }
                unused.remove(hit);
                casTp++;
                matched++;
                qualOk += Objects.equals(text(hit, "qualifier"), text(gc, "qualifier")) ? 1 : 0;
                srcOk += sameSource(hit.get("attributed_to"), gc.get("attributed_to")) ? 1 : 0;
            }
            casFp += unused.size();

            Set<String> gpar = names(g.get("parties"));
            Set<String> ppar = names(p.get("parties"));
            parTp += intersection(gpar, ppar);
            parFp += ppar.size() - intersection(gpar, ppar);
            parFn += gpar.size() - intersection(gpar, ppar);
        }
        Prf talks = Prf.of(talksTp, talksFp, talksFn);
        Prf cas = Prf.of(casTp, casFp, casFn);
        Prf par = Prf.of(parTp, parFp, parFn);
        return new Result(gold.size(), talks, ratio(statusOk, statusN), ratio(venueOk, venueN),
                ratio(venuePredOk, venuePred), Prf.of(medTp, medFp, medFn), cas, ratio(qualOk, matched),
                ratio(srcOk, matched), par, round((talks.f1() + cas.f1() + par.f1()) / 3));
    }

    private static int intersection(Set<String> a, Set<String> b) {
        int n = 0;
        for (String x : a) {
            n += b.contains(x) ? 1 : 0;
        }
        return n;
    }

    private static Double ratio(int ok, int n) {
        return n == 0 ? null : round((double) ok / n);
    }

    /** Python's round(x, 4) on the values the scorer sees. */
    private static double round(double x) {
        return new java.math.BigDecimal(x).setScale(4, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }
}
