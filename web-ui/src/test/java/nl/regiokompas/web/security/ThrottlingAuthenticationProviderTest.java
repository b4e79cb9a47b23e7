package nl.regiokompas.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

class ThrottlingAuthenticationProviderTest {

    private final AtomicInteger passwordChecks = new AtomicInteger();
    private final AuthenticationProvider passwords = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication authentication) {
            passwordChecks.incrementAndGet();
            if (!"demo".equals(authentication.getCredentials())) {
                throw new BadCredentialsException("wrong");
            }
            return UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null, java.util.List.of());
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    };
    private final MutableClock clock = new MutableClock();
    private final ThrottlingAuthenticationProvider provider = new ThrottlingAuthenticationProvider(passwords,
            new SignInThrottle(new SignInThrottle.Limits(5, Duration.ofSeconds(1), Duration.ofMinutes(5),
                    Duration.ofMinutes(30), 1000), clock));

    @Test
    void a_throttled_attempt_never_reaches_the_password_check() {
        for (int i = 0; i < 5; i++) {
            attempt("fout", "192.0.2.10");
        }
        passwordChecks.set(0);

        for (int i = 0; i < 200; i++) {
            assertThatThrownBy(() -> provider.authenticate(login("fout", "192.0.2.10"))).isInstanceOf(SignInThrottled.class);
        }

        assertThat(passwordChecks).hasValue(0);
    }

    @Test
    void the_right_password_is_refused_too_while_the_window_lasts_and_accepted_after_it() {
        for (int i = 0; i < 5; i++) {
            attempt("fout", "192.0.2.10");
        }

        assertThatThrownBy(() -> provider.authenticate(login("demo", "192.0.2.10"))).isInstanceOf(SignInThrottled.class);
        clock.advance(Duration.ofSeconds(1));
        assertThat(provider.authenticate(login("demo", "192.0.2.10")).isAuthenticated()).isTrue();
    }

    @Test
    void the_same_account_from_another_address_signs_in() {
        for (int i = 0; i < 5; i++) {
            attempt("fout", "192.0.2.10");
        }

        assertThat(provider.authenticate(login("demo", "198.51.100.7")).isAuthenticated()).isTrue();
    }

    private void attempt(String password, String address) {
        assertThatThrownBy(() -> provider.authenticate(login(password, address))).isInstanceOf(BadCredentialsException.class);
    }

    private static Authentication login(String password, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        UsernamePasswordAuthenticationToken login = UsernamePasswordAuthenticationToken.unauthenticated("bestuurder.bun", password);
        login.setDetails(new WebAuthenticationDetails(request));
        return login;
    }
}
