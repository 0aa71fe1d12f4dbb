package io.newswire.ingest.feed;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jdom2.Element;
import org.jdom2.filter.Filters;

/**
 * Rewrites every feed date that java.time reads (RFC 822 with GMT or a numeric offset, ISO 8601 with an offset)
 * into the one form Rome's date parser accepts with its first mask. Rome tries up to 15 SimpleDateFormat
 * masks, each built afresh, before it reaches the RFC 822 ones: about a millisecond per date, which made a
 * 1,000-item feed take a second. Dates java.time cannot read are left for Rome's lenient masks.
 */
final class DateNormalizer {

    private static final Set<String> DATE_ELEMENTS = Set.of(
            "pubDate", "lastBuildDate", "expirationDate", "date", "updated", "published", "modified", "issued",
            "created");
    private static final Set<String> DATE_NAMESPACES = Set.of(
            "", "http://purl.org/dc/elements/1.1/", "http://purl.org/dc/terms/", "http://www.w3.org/2005/Atom",
            "http://purl.org/atom/ns#");
    private static final DateTimeFormatter ROME_FIRST_MASK =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private DateNormalizer() {
    }

    static void normalize(Element root) {
        List<Element> dates = new ArrayList<>();
        for (Element element : root.getDescendants(Filters.element())) {
            if (DATE_ELEMENTS.contains(element.getName()) && DATE_NAMESPACES.contains(element.getNamespaceURI())
                    && element.getChildren().isEmpty()) {
                dates.add(element);
            }
        }
        for (Element date : dates) {
            Instant instant = parse(date.getTextTrim());
            if (instant != null) {
                date.setText(ROME_FIRST_MASK.format(instant));
            }
        }
    }

    static Instant parse(String text) {
        if (text.isEmpty()) {
            return null;
        }
        DateTimeFormatter format = Character.isDigit(text.charAt(0)) && text.indexOf('T') > 0
                ? DateTimeFormatter.ISO_OFFSET_DATE_TIME : DateTimeFormatter.RFC_1123_DATE_TIME;
        try {
            return OffsetDateTime.parse(text, format).toInstant();
        } catch (DateTimeParseException leaveItToRome) {
            return null;
        }
    }
}
