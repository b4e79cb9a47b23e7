package nl.regiokompas.web.framework;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import nl.regiokompas.api.framework.FrameworkContent;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The afwegingskader the region starts with, read from the seed file (by default the project's copy of
 * afwegingskader.yaml; {@code regiokompas.seed.framework} points elsewhere).
 */
@Component
public class SeedFramework {

    private final Resource location;
    private FrameworkContent content;

    SeedFramework(SeedProperties seed) {
        this.location = seed.framework();
    }

    public synchronized FrameworkContent content() {
        if (content == null) {
            content = read(location);
        }
        return content;
    }

    static FrameworkContent read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            ObjectMapper mapper = new ObjectMapper()
                    .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            return mapper.convertValue(yaml, FrameworkContent.class);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the framework seed " + resource, e);
        }
    }
}
