package nl.regiokompas.api.common;

import java.time.Instant;

/** A change the client had not seen when it sent a conflicting command: who changed what, when. */
public record UnseenChange(long version, String type, String description, String by, Instant at) {
}
