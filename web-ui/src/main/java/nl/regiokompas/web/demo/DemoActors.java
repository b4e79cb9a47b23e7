package nl.regiokompas.web.demo;

import java.util.Locale;
import java.util.Map;

import nl.regiokompas.api.common.AuditMetaData;
import nl.regiokompas.api.common.Role;
import nl.regiokompas.api.framework.FrameworkContent;

/** The metadata of the demo users on whose behalf the demo history is written, named as the seeded ones. */
final class DemoActors {

    private final FrameworkContent.Region region;

    DemoActors(FrameworkContent.Region region) {
        this.region = region;
    }

    Map<String, String> strateeg(FrameworkContent.Gemeente gemeente) {
        return of("strateeg", "Strateeg ", gemeente, Role.STRATEEG);
    }

    Map<String, String> bestuurder(FrameworkContent.Gemeente gemeente) {
        return of("bestuurder", "Wethouder ", gemeente, Role.BESTUURDER);
    }

    Map<String, String> griffier(FrameworkContent.Gemeente gemeente) {
        return of("griffier", "Griffier ", gemeente, Role.GRIFFIER);
    }

    Map<String, String> programmateam() {
        return Map.of(
                AuditMetaData.USER_ID, "programmateam",
                AuditMetaData.USER_NAME, "Programmateam " + region.name(),
                AuditMetaData.ROLE, Role.PROGRAMMATEAM.name());
    }

    private static Map<String, String> of(String prefix, String namePrefix, FrameworkContent.Gemeente gemeente,
                                          Role role) {
        return Map.of(
                AuditMetaData.USER_ID, prefix + "." + gemeente.code().toLowerCase(Locale.ROOT),
                AuditMetaData.USER_NAME, namePrefix + gemeente.name(),
                AuditMetaData.GEMEENTE, gemeente.code(),
                AuditMetaData.ROLE, role.name());
    }
}
