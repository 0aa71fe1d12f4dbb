package io.newswire.enrich.tag;

/**
 * A gazetteer name found in a sentence: sentence offsets [start, end), the token range [firstToken, lastToken],
 * the entry, and how it was written.
 */
record Mention(int start, int end, int firstToken, int lastToken, GazetteerEntry entry, Form form) {

    enum Form { NAME, ADJECTIVE, SEAT }
}
