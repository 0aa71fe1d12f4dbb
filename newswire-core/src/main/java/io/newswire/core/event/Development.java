package io.newswire.core.event;

/**
 * One change an article brought to its conflict: its type, the kind of alert that carries it, that alert's id, and
 * the change in words ("Casualties revised: 40,005 → 40,500 killed, Gaza Health Ministry").
 */
public record Development(ChangeType type, AlertKind kind, String alertId, String change) {
}
