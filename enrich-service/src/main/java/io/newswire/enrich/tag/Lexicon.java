package io.newswire.enrich.tag;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words the taggers read by lemma, kept as data (YAML) so an editor can change them without a rebuild:
 * the bundled {@code lexicons.yaml}, or a replacement file named in config. See that file for each section.
 */
public record Lexicon(
        Set<String> process,
        Set<String> military,
        Set<String> deal,
        Map<String, List<String>> status,
        Background background,
        @JsonProperty("proposal_frame") Set<String> proposalFrame,
        Casualty casualty,
        Mediation mediation,
        Actors actors) {

    public static final String BUNDLED = "/lexicons.yaml";

    /**
     * Words that put a status cue in the background: before it in its clause, or right after it; cues that
     * only frame another event; modals and the future.
     */
    public record Background(Set<String> before, Set<String> after, Set<String> frames, Set<String> modals,
                             Set<String> future, Set<String> possibility, Set<String> adverbials) {
    }

    /** Casualty predicates by lemma, each to its kind (killed, injured, missing, displaced). */
    public record Casualty(Map<String, String> passive, Map<String, String> intransitive,
                           Map<String, String> adjectives, Set<String> displacing, Set<String> raising) {
    }

    /** Office titles that introduce a person as an actor, and nouns that introduce a named group. */
    public record Actors(Set<String> titles, @JsonProperty("group_nouns") Set<String> groupNouns) {
    }

    /** Mediating verbs and mediator role nouns. */
    public record Mediation(Set<String> verbs, Set<String> leading, Set<String> roles, Set<String> refusals) {
    }

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .build();

    public Lexicon {
        for (String s : status.keySet()) {
            if (!StatusCues.STATUSES.contains(s)) {
                throw new IllegalArgumentException("lexicon: unknown talks status " + s + " (one of "
                        + StatusCues.STATUSES + ")");
            }
        }
    }

    public static Lexicon bundled() {
        try (InputStream in = Lexicon.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled lexicon " + BUNDLED + " is missing");
            }
            return YAML.readValue(in, Lexicon.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Lexicon fromFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return YAML.readValue(in, Lexicon.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + file + ": " + e.getMessage(), e);
        }
    }

    /** The lexicon named in config, or the bundled one when none is named. */
    public static Lexicon load(Path fileOrNull) {
        return fileOrNull == null ? bundled() : fromFile(fileOrNull);
    }
}
