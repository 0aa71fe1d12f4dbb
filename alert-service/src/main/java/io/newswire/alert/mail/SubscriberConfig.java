package io.newswire.alert.mail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newswire.core.event.AlertKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads subscribers from a YAML file and from a plain list of addresses (immediate, every alert):
 * <pre>
 * subscribers:
 *   - address: desk@example.org
 *     kinds: [talks, casualties]     # all kinds when absent
 *     parties: [Hamas]               # with conflicts: alerts naming any of them; all when both are absent
 *     conflicts: [israel-gaza]
 *     digest: 30m                    # one e-mail per 30 minutes (s, m, h, or ISO-8601 PT30M); at once when absent
 * </pre>
 */
public final class SubscriberConfig {

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*([smh])");

    private SubscriberConfig() {
    }

    public static List<Subscriber> load(Path yamlFile, String addresses) {
        List<Subscriber> subscribers = new ArrayList<>();
        if (yamlFile != null) {
            subscribers.addAll(fromYaml(yamlFile));
        }
        if (addresses != null) {
            Arrays.stream(addresses.split(",")).map(String::strip).filter(a -> !a.isEmpty())
                    .filter(a -> subscribers.stream().noneMatch(s -> s.address().equalsIgnoreCase(a)))
                    .map(Subscriber::immediate).forEach(subscribers::add);
        }
        return subscribers;
    }

    static List<Subscriber> fromYaml(Path file) {
        try {
            SubscriberFile parsed = new ObjectMapper(new YAMLFactory()).readValue(file.toFile(), SubscriberFile.class);
            return parsed.subscribers() == null ? List.of()
                    : parsed.subscribers().stream().map(SubscriberConfig::toSubscriber).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read subscribers from " + file, e);
        }
    }

    private static Subscriber toSubscriber(Entry entry) {
        Set<AlertKind> kinds = EnumSet.noneOf(AlertKind.class);
        if (entry.kinds() != null) {
            entry.kinds().forEach(k -> kinds.add(AlertKind.valueOf(k.strip().toUpperCase(Locale.ROOT))));
        }
        return new Subscriber(entry.address(), kinds, entry.parties(), entry.conflicts(),
                entry.digest() == null ? null : duration(entry.digest()));
    }

    static Duration duration(String text) {
        Matcher m = SHORT_DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            };
        }
        return Duration.parse(text.strip());
    }

    private record SubscriberFile(List<Entry> subscribers) {
    }

    private record Entry(String address, List<String> kinds, List<String> parties, List<String> conflicts,
                         String digest) {
    }
}
