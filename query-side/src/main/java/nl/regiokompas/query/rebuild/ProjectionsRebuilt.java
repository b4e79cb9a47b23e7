package nl.regiokompas.query.rebuild;

import java.util.List;

/**
 * Published (as a Spring application event) right after rebuilt tables were swapped in. The new tables may hold
 * versions that the live processors never announced, so whoever waits for a version (read-your-writes) should
 * look at the tables again.
 */
public record ProjectionsRebuilt(List<String> projections) {

    public boolean includes(String projection) {
        return projections.contains(projection);
    }
}
