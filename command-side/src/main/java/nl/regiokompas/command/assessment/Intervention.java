package nl.regiokompas.command.assessment;

import java.util.HashSet;
import java.util.Set;

/**
 * What the rules read of an intervention: its gemeente and layer, whether it is open, the revision it was filed on
 * (0 before any proposal and in events recorded before revisions were kept), and who consented to the deviation.
 */
record Intervention(String interventionId, String gemeente, String layer, boolean open, int revision,
                    Set<String> consents) {

    Intervention(String interventionId, String gemeente, String layer, int revision) {
        this(interventionId, gemeente, layer, true, revision, Set.of());
    }

    Intervention resolved() {
        return new Intervention(interventionId, gemeente, layer, false, revision, consents);
    }

    Intervention consentedBy(String consenting) {
        Set<String> more = new HashSet<>(consents);
        more.add(consenting);
        return new Intervention(interventionId, gemeente, layer, open, revision, Set.copyOf(more));
    }
}
