package nl.regiokompas.web.reflection;

import java.util.Map;
import java.util.UUID;

import nl.regiokompas.api.reflection.RecordReflection;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Records a reflection on the process (RecordReflection). */
@RestController
@RequestMapping("/api/reflections")
class ReflectionCommandController {

    private final CommandGateway commands;

    ReflectionCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    record ReflectionRequest(String assessmentId, String level, Map<String, String> answers, String text) {
    }

    record Recorded(String reflectionId) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Recorded record(@RequestBody ReflectionRequest request) {
        String reflectionId = UUID.randomUUID().toString();
        commands.sendAndWait(new RecordReflection(reflectionId, request.assessmentId(), request.level(),
                request.answers(), request.text()));
        return new Recorded(reflectionId);
    }
}
