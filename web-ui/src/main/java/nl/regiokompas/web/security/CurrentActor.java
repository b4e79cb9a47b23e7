package nl.regiokompas.web.security;

import java.util.Optional;

import nl.regiokompas.api.common.Actor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor of the request being handled, from Spring Security's context. */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Optional<Actor> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof RegiokompasUser user) {
            return Optional.of(user.actor());
        }
        return Optional.empty();
    }
}
