package io.newswire.alert.develop;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What places say about an article: the conflict a place lies in (a place inside a war zone votes for its war) and
 * which country a city is in (so that a venue named first by its country and then by its city is one venue). Data:
 * a YAML file {@code conflicts: {<conflict>: [place, ...]}, countries: {<country>: [city, ...]}}, bundled and
 * replaceable like the conflict map.
 */
public final class PlaceList {

    private static final String BUNDLED = "places.yaml";

    private final Map<String, String> conflictByPlace;
    private final Map<String, String> countryByCity;
    private final Pattern places;

    public PlaceList(Map<String, List<String>> placesByConflict, Map<String, List<String>> citiesByCountry) {
        this.conflictByPlace = Map.copyOf(ConflictMap.Names.invert(placesByConflict, "place"));
        this.countryByCity = Map.copyOf(ConflictMap.Names.invert(citiesByCountry, "city"));
        List<String> names = new ArrayList<>();
        placesByConflict.values().forEach(names::addAll);
        // longest first, so that "Gaza City" is found as itself and not as "Gaza"
        names.sort(Comparator.comparingInt(String::length).reversed());
        this.places = names.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}-])(?:"
                + String.join("|", names.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}])");
    }

    public static PlaceList bundled() {
        return load(null);
    }

    /** The file's places, or the bundled ones when {@code file} is null. */
    public static PlaceList load(Path file) {
        PlaceFile parsed = YamlResource.read(file, BUNDLED, PlaceFile.class);
        return new PlaceList(parsed.conflicts() == null ? Map.of() : parsed.conflicts(),
                parsed.countries() == null ? Map.of() : parsed.countries());
    }

    /** The conflict places a text names, each once, in the order they first appear. */
    public List<String> placesIn(String text) {
        if (text == null || places == null) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        Matcher m = places.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return List.copyOf(found);
    }

    /** The conflict a place lies in, or null. */
    public String conflictOf(String place) {
        return conflictByPlace.get(fold(place));
    }

    /**
     * Whether a name is a town or territory of this list. Countries are not: a state is also a government that can
     * be quoted ("Qatar said").
     */
    public boolean isPlace(String name) {
        String folded = fold(name);
        return conflictByPlace.containsKey(folded) || countryByCity.containsKey(folded);
    }

    /**
     * Whether {@code venue} names a venue already among {@code known}: the same name; a city of a country named
     * before when no other city of that country was; or a country one of whose cities was named.
     */
    public boolean isKnownVenue(List<String> known, String venue) {
        String name = fold(venue);
        if (known.stream().anyMatch(k -> fold(k).equals(name))) {
            return true;
        }
        String country = countryByCity.get(name);
        if (country != null) {
            String folded = fold(country);
            return known.stream().anyMatch(k -> fold(k).equals(folded))
                    && known.stream().noneMatch(k -> folded.equals(fold(countryByCity.get(fold(k)))));
        }
        return known.stream().anyMatch(k -> name.equals(fold(countryByCity.get(fold(k)))));
    }

    private static String fold(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    private record PlaceFile(Map<String, List<String>> conflicts, Map<String, List<String>> countries) {
    }
}
