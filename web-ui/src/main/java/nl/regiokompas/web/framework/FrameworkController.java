package nl.regiokompas.web.framework;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import nl.regiokompas.api.common.RuleViolation;
import nl.regiokompas.api.framework.FindFramework;
import nl.regiokompas.api.framework.FrameworkContent;
import nl.regiokompas.api.framework.FrameworkVersion;
import nl.regiokompas.api.framework.ListFrameworkVersions;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reference data: the region, and the adopted versions of its afwegingskader. */
@RestController
@RequestMapping("/api")
class FrameworkController {

    private final QueryGateway queries;

    FrameworkController(QueryGateway queries) {
        this.queries = queries;
    }

    record RegionView(String code, String name, String domain, List<FrameworkContent.Gemeente> gemeenten,
                      List<FrameworkContent.Gremium> gremia, List<FrameworkContent.Theme> themes,
                      List<FrameworkContent.MandateRole> mandateRoles) {
    }

    /** The framework document of docs/api.md: the version and its content side by side. */
    record FrameworkView(int version, Instant adoptedAt, String adoptedBy, String reason,
                         @JsonUnwrapped FrameworkContent content) {
        static FrameworkView of(FrameworkVersion version) {
            return new FrameworkView(version.version(), version.adoptedAt(), version.adoptedBy(), version.reason(),
                    version.content());
        }
    }

    @GetMapping("/region")
    RegionView region() {
        FrameworkContent content = current(null).content();
        FrameworkContent.Region region = content.region();
        return new RegionView(region.code(), region.name(), region.domain(), region.gemeenten(), content.gremia(),
                content.themes(), content.mandateRoles());
    }

    @GetMapping("/framework")
    FrameworkView framework() {
        return FrameworkView.of(current(null));
    }

    @GetMapping("/framework/versions/{version}")
    FrameworkView version(@PathVariable int version) {
        return FrameworkView.of(current(version));
    }

    @GetMapping("/framework/versions")
    List<FrameworkView> versions() {
        return queries.query(new ListFrameworkVersions(), ResponseTypes.multipleInstancesOf(FrameworkVersion.class))
                .join().stream().map(FrameworkView::of).toList();
    }

    private FrameworkVersion current(Integer version) {
        return queries.query(new FindFramework(version), ResponseTypes.optionalInstanceOf(FrameworkVersion.class))
                .join()
                .orElseThrow(() -> RuleViolation.notFound(version == null
                        ? "Er is nog geen afwegingskader vastgesteld."
                        : "Versie " + version + " van het afwegingskader bestaat niet."));
    }
}
