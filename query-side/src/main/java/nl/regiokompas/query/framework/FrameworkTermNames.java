package nl.regiokompas.query.framework;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import nl.regiokompas.api.framework.FindFramework;
import nl.regiokompas.api.framework.FrameworkNames;
import nl.regiokompas.api.framework.FrameworkVersion;
import nl.regiokompas.api.framework.TermNames;
import org.springframework.stereotype.Component;

/**
 * The names of the codes of one adopted framework version. A version is never rewritten, so its names are kept
 * once found; a version not projected (yet) names nothing, and its codes read as themselves.
 */
@Component
public class FrameworkTermNames {

    private final FrameworkVersionsProjection versions;
    private final Map<Integer, TermNames> byVersion = new ConcurrentHashMap<>();

    FrameworkTermNames(FrameworkVersionsProjection versions) {
        this.versions = versions;
    }

    public TermNames ofVersion(int version) {
        TermNames known = byVersion.get(version);
        if (known != null) {
            return known;
        }
        Optional<FrameworkVersion> adopted = versions.handle(new FindFramework(version));
        return adopted.map(found -> byVersion.computeIfAbsent(version, v -> FrameworkNames.of(found.content())))
                .orElse(TermNames.NONE);
    }
}
