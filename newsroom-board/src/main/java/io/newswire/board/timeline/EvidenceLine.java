package io.newswire.board.timeline;

/** A sentence quoted as evidence, with the kind of development it supports (talks, casualties, parties). */
public record EvidenceLine(String sentence, String kind) {
}
