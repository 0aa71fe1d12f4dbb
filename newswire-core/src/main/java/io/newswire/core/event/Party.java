package io.newswire.core.event;

/**
 * An actor named in the text, by its canonical gazetteer name. kind: state, armed_group, agency, organisation,
 * person; affiliation is a person's state or group (canonical name), else null.
 */
public record Party(String name, String kind, String affiliation, Evidence evidence) {
}
