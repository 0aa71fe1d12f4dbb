package io.newswire.enrich.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A token trie over all gazetteer names, so one pass over a sentence's tokens finds every alias (longest match
 * first), whatever the number of aliases. Names are matched case-sensitively ("Gallant" is a minister, "gallant"
 * is not); a name whose apostrophe was stripped by the source ("Syrias") still matches.
 */
final class AliasIndex {

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        GazetteerEntry entry;
        Mention.Form form;
    }

    private final Node root = new Node();

    AliasIndex(Gazetteer gazetteer) {
        for (GazetteerEntry e : gazetteer.entries()) {
            e.aliases().forEach(a -> add(a, e, Mention.Form.NAME));
            e.adjectives().forEach(a -> add(a, e, Mention.Form.ADJECTIVE));
            e.seats().forEach(a -> add(a, e, Mention.Form.SEAT));
        }
    }

    private void add(String alias, GazetteerEntry entry, Mention.Form form) {
        List<Token> tokens = Token.of(alias);
        if (tokens.isEmpty()) {
            return;
        }
        for (List<String> variant : particleVariants(tokens)) {
            Node node = root;
            for (String t : variant) {
                node = node.next.computeIfAbsent(t, k -> new Node());
            }
            if (node.entry == null) {
                node.entry = entry;
                node.form = form;
            }
        }
    }

    /** "al-Assad" and "Al-Assad" are the same name: name particles match in either case. */
    private static List<List<String>> particleVariants(List<Token> tokens) {
        List<List<String>> variants = new ArrayList<>();
        variants.add(new ArrayList<>());
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i).text();
            String lower = t.toLowerCase(java.util.Locale.ROOT);
            boolean particle = i > 0 && List.of("al", "el", "bin", "ibn", "abu", "ad", "as", "ben").contains(lower);
            List<List<String>> grown = new ArrayList<>();
            for (List<String> v : variants) {
                List<String> a = new ArrayList<>(v);
                a.add(t);
                grown.add(a);
                if (particle) {
                    List<String> b = new ArrayList<>(v);
                    b.add(Character.isUpperCase(t.charAt(0)) ? lower
                            : Character.toUpperCase(t.charAt(0)) + t.substring(1));
                    grown.add(b);
                }
            }
            variants = grown;
        }
        return variants;
    }

    List<Mention> find(String sentence, List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Node node = root;
            Node best = null;
            int bestEnd = -1;
            for (int j = i; j < tokens.size(); j++) {
                if (j > i && !joined(sentence, tokens.get(j - 1).end(), tokens.get(j).start())) {
                    break;
                }
                node = node.next.get(tokens.get(j).text());
                if (node == null) {
                    break;
                }
                if (node.entry != null) {
                    best = node;
                    bestEnd = j;
                }
            }
            if (best == null) {
                best = strippedPossessive(tokens.get(i).text());
                bestEnd = i;
            }
            if (best != null) {
                out.add(new Mention(tokens.get(i).start(), tokens.get(bestEnd).end(), i, bestEnd, best.entry,
                        best.form));
                i = bestEnd + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private Node strippedPossessive(String token) {
        if (token.length() < 4 || token.charAt(token.length() - 1) != 's') {
            return null;
        }
        Node n = root.next.get(token.substring(0, token.length() - 1));
        return n != null && n.entry != null && n.form == Mention.Form.NAME ? n : null;
    }

    private static boolean joined(String s, int from, int to) {
        if (to - from < 1 || to - from > 2) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c != ' ' && c != '-' && c != '.' && c != '\'') {
                return false;
            }
        }
        return true;
    }
}
