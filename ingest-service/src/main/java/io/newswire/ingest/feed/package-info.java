/**
 * Feed documents to entries with stable ids, offline and hardened ({@link io.newswire.ingest.feed.FeedParser}).
 *
 * <p>The steps, each a class of its own: {@link io.newswire.ingest.feed.FeedTextDecoder} bytes to text
 * (charset); {@code DoctypeStripper} and {@code EntityReferenceRepair} remove the DTD and settle every entity
 * reference before a parser sees them; {@code HardenedXmlBuilder} parses with no DTDs, no external access and
 * {@code LimitingXmlFilter}'s limits; a document it refuses is retried with {@code UndeclaredPrefixRepair}'s
 * declarations for forgotten namespace prefixes, then given {@code TagSoupXmlBuilder}'s loose read through the
 * same parser; {@code FeedDocumentRepair} and {@code DateNormalizer} adjust the tree where Rome would fail or
 * crawl; Rome maps it to entries; {@link io.newswire.ingest.feed.ItemIdentity} and
 * {@link io.newswire.ingest.feed.LinkCanonicalizer} give them ids. {@link io.newswire.ingest.feed.ParseFeedCommand}
 * runs the same parser over files.
 */
package io.newswire.ingest.feed;
