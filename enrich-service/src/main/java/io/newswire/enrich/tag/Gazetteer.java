package io.newswire.enrich.tag;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The actors and talks venues the taggers know, kept as data (YAML) so an editor can add an actor without a
 * rebuild: the bundled {@code gazetteer.yaml}, or a replacement file named in config.
 */
public final class Gazetteer {

    public static final String BUNDLED = "/gazetteer.yaml";

    /** The YAML document: {@code parties} and {@code venues}. */
    record Document(List<GazetteerEntry> parties, List<String> venues) {
    }

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final List<GazetteerEntry> entries;
    private final Map<String, GazetteerEntry> byName;
    private final Map<String, GazetteerEntry> byAlias = new HashMap<>();
    private final List<String> venues;

    Gazetteer(List<GazetteerEntry> entries, List<String> venues) {
        this.entries = withEveryCountry(entries);
        this.venues = venues == null ? List.of() : List.copyOf(venues);
        Map<String, GazetteerEntry> names = new HashMap<>();
        for (GazetteerEntry e : this.entries) {
            if (names.put(e.name(), e) != null) {
                throw new IllegalArgumentException("gazetteer names " + e.name() + " twice");
            }
        }
        for (GazetteerEntry e : entries) {
            if (e.affiliation() != null && !names.containsKey(e.affiliation())) {
                throw new IllegalArgumentException(
                        "gazetteer entry " + e.name() + ": affiliation " + e.affiliation() + " is not an entry");
            }
        }
        this.byName = Map.copyOf(names);
        for (GazetteerEntry e : this.entries) {
            e.aliases().forEach(a -> byAlias.putIfAbsent(a, e));
        }
    }

    /**
     * Open world: every country of the JDK's ISO 3166 list is a state, under its English name, unless the file
     * already knows it by that name or alias (the file's entries carry demonyms, capitals and other names).
     */
    private static List<GazetteerEntry> withEveryCountry(List<GazetteerEntry> entries) {
        java.util.Set<String> known = new java.util.HashSet<>();
        for (GazetteerEntry e : entries) {
            known.add(e.name());
            known.addAll(e.aliases());
        }
        List<GazetteerEntry> all = new ArrayList<>(entries);
        for (String code : java.util.Locale.getISOCountries()) {
            String name = new java.util.Locale("", code).getDisplayCountry(java.util.Locale.ENGLISH);
            if (!name.isBlank() && !name.equals(code) && known.add(name)) {
                all.add(new GazetteerEntry(name, ActorKind.STATE, List.of(name), List.of(), List.of(), null));
            }
        }
        return List.copyOf(all);
    }

    public static Gazetteer bundled() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled gazetteer " + BUNDLED + " is missing");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Gazetteer fromFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + file, e);
        }
    }

    /** The gazetteer named in config, or the bundled one when none is named. */
    public static Gazetteer load(Path fileOrNull) {
        return fileOrNull == null ? bundled() : fromFile(fileOrNull);
    }

    static Gazetteer read(InputStream in) throws IOException {
        Document doc = YAML.readValue(in, Document.class);
        return new Gazetteer(doc.parties() == null ? new ArrayList<>() : doc.parties(), doc.venues());
    }

    public List<GazetteerEntry> entries() {
        return entries;
    }

    public List<String> venues() {
        return venues;
    }

    GazetteerEntry entry(String name) {
        return byName.get(name);
    }

    /** The entry one of whose aliases is exactly {@code alias}, or null. */
    GazetteerEntry byAlias(String alias) {
        return byAlias.get(alias);
    }
}
