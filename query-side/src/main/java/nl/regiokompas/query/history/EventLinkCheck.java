package nl.regiokompas.query.history;

import java.util.Map;

/**
 * Says per stored event of an aggregate whether its link in the event hash chain verifies. Implemented where
 * the chain is (the audit package), only when the events are in PostgreSQL.
 */
public interface EventLinkCheck {

    /** Event identifier to verified, for every event of the aggregate from {@code fromSequence} on. */
    Map<String, Boolean> linksOf(String aggregateIdentifier, long fromSequence);
}
