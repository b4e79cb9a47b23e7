package nl.regiokompas.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import nl.regiokompas.api.common.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

class RememberingAuthenticationProviderTest {

    private final Map<String, RegiokompasUser> users = new HashMap<>();
    private final AtomicInteger passwordChecks = new AtomicInteger();
    private final MutableClock clock = new MutableClock();
    private final AuthenticationProvider passwords = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication authentication) {
            passwordChecks.incrementAndGet();
            RegiokompasUser user = users.get(authentication.getName());
            if (user == null || !user.passwordHash().equals("hash-of-" + authentication.getCredentials())) {
                throw new BadCredentialsException("wrong");
            }
            return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    };
    private final RememberingAuthenticationProvider provider = new RememberingAuthenticationProvider(
            passwords, id -> Optional.ofNullable(users.get(id)), Duration.ofMinutes(5), clock);

    RememberingAuthenticationProviderTest() {
        users.put("strateeg.bun", new RegiokompasUser("strateeg.bun", "Strateeg Bunnik", "BUN", Role.STRATEEG, "hash-of-demo"));
    }

    @Test
    void the_same_credentials_again_skip_the_password_check() {
        provider.authenticate(login("demo"));

        Authentication again = provider.authenticate(login("demo"));

        assertThat(again.isAuthenticated()).isTrue();
        assertThat(again.getPrincipal()).isEqualTo(users.get("strateeg.bun"));
        assertThat(passwordChecks).hasValue(1);
    }

    @Test
    void a_wrong_password_after_a_right_one_is_still_refused() {
        provider.authenticate(login("demo"));

        assertThatThrownBy(() -> provider.authenticate(login("geraden"))).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void a_changed_password_hash_forgets_what_was_verified() {
        provider.authenticate(login("demo"));
        users.put("strateeg.bun", new RegiokompasUser("strateeg.bun", "Strateeg Bunnik", "BUN", Role.STRATEEG, "hash-of-nieuw"));

        assertThatThrownBy(() -> provider.authenticate(login("demo"))).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void verified_credentials_are_checked_again_after_the_remember_time() {
        provider.authenticate(login("demo"));
        clock.advance(Duration.ofMinutes(6));

        provider.authenticate(login("demo"));

        assertThat(passwordChecks).hasValue(2);
    }

    private static Authentication login(String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated("strateeg.bun", password);
    }
}
