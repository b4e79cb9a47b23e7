package nl.regiokompas.web.framework;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.regiokompas.web.Api;

/** Framework proposals as the tests send them. */
public final class FrameworkProposals {

    private FrameworkProposals() {
    }

    /**
     * The framework in force with one principle more, as the programmateam would send it. Principles are only
     * shown, so a version in force with one more changes nothing the other tests of the shared server read.
     */
    public static ObjectNode withNewPrinciple(Api api, String principle, String reason) {
        ObjectNode framework = (ObjectNode) api.get("programmateam", "/api/framework").json();
        ((ArrayNode) framework.get("principles")).add(principle);
        framework.put("reason", reason);
        return framework;
    }
}
