package nl.regiokompas.web.demo;

import java.util.HashMap;
import java.util.Map;

import nl.regiokompas.api.common.AuditMetaData;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;

/** Sends a demo script's commands through the real command path, marked as demo, at the timeline's moment. */
final class DemoCommands {

    private final CommandGateway commands;
    private final DemoTimeline timeline;

    DemoCommands(CommandGateway commands, DemoTimeline timeline) {
        this.commands = commands;
        this.timeline = timeline;
    }

    /** Sends the command as this actor (its metadata: who, role, gemeente) and waits for its result. */
    Object send(Object command, Map<String, String> actor) {
        Map<String, String> metaData = new HashMap<>(actor);
        metaData.put(AuditMetaData.DEMO, "true");
        metaData.put(DemoClock.DEMO_AT, timeline.now().toString());
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }
}
