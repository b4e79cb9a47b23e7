package nl.regiokompas.web.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.regiokompas.api.common.Role;
import nl.regiokompas.api.framework.FrameworkContent;
import nl.regiokompas.web.framework.SeedFramework;
import nl.regiokompas.web.framework.SeedProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On first start, the demo users: a strateeg, a bestuurder, a raadslid and a griffier for every gemeente of the seed
 * framework, plus the programmateam and an auditor.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "regiokompas.seed.demo-users", havingValue = "true")
class DemoUserSeeding implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUserSeeding.class);

    private final UserDirectory users;
    private final SeedFramework seed;
    private final PasswordEncoder encoder;
    private final String password;

    DemoUserSeeding(UserDirectory users, SeedFramework seed, PasswordEncoder encoder,
                    SeedProperties seedProperties) {
        this.users = users;
        this.seed = seed;
        this.encoder = encoder;
        this.password = seedProperties.demoPassword();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!users.isEmpty()) {
            addMissingGriffiers();
            return;
        }
        String hash = encoder.encode(password);
        List<RegiokompasUser> demo = new ArrayList<>();
        for (FrameworkContent.Gemeente gemeente : seed.content().region().gemeenten()) {
            String suffix = gemeente.code().toLowerCase(Locale.ROOT);
            demo.add(new RegiokompasUser("strateeg." + suffix, "Strateeg " + gemeente.name(), gemeente.code(), Role.STRATEEG, hash));
            demo.add(new RegiokompasUser("bestuurder." + suffix, "Wethouder " + gemeente.name(), gemeente.code(), Role.BESTUURDER, hash));
            demo.add(new RegiokompasUser("raadslid." + suffix, "Raadslid " + gemeente.name(), gemeente.code(), Role.RAADSLID, hash));
            demo.add(griffier(gemeente, hash));
        }
        demo.add(new RegiokompasUser("programmateam", "Programmateam " + seed.content().region().name(), null, Role.PROGRAMMATEAM, hash));
        demo.add(new RegiokompasUser("auditor", "Auditor", null, Role.AUDITOR, hash));
        demo.forEach(users::add);
        log.info("Seeded {} demo users (password from regiokompas.seed.demo-password)", demo.size());
    }

    /** Demo stores seeded before the griffier role existed get their griffiers too (issue 12). */
    private void addMissingGriffiers() {
        String hash = null;
        for (FrameworkContent.Gemeente gemeente : seed.content().region().gemeenten()) {
            if (users.find(griffierId(gemeente)).isEmpty()) {
                hash = hash == null ? encoder.encode(password) : hash;
                users.add(griffier(gemeente, hash));
                log.info("Seeded demo user {}", griffierId(gemeente));
            }
        }
    }

    private static RegiokompasUser griffier(FrameworkContent.Gemeente gemeente, String hash) {
        return new RegiokompasUser(griffierId(gemeente), "Griffier " + gemeente.name(), gemeente.code(), Role.GRIFFIER,
                hash);
    }

    private static String griffierId(FrameworkContent.Gemeente gemeente) {
        return "griffier." + gemeente.code().toLowerCase(Locale.ROOT);
    }
}
