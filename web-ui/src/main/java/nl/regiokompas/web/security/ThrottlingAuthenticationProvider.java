package nl.regiokompas.web.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Asks the {@link SignInThrottle} before the password is checked, so that refused guesses cost no bcrypt
 * time, and tells it how the check went. Covers every password sign-in: HTTP Basic on the API and on the
 * WebSocket handshake, and the login form; the filters put the client's address in the details.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final SignInThrottle throttle;

    ThrottlingAuthenticationProvider(AuthenticationProvider delegate, SignInThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (authentication.getCredentials() == null) {
            return delegate.authenticate(authentication);
        }
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        SignInKey key = SignInKey.of(authentication.getName(), address);
        throttle.admit(key);
        Authentication result;
        try {
            result = delegate.authenticate(authentication);
        } catch (AuthenticationException e) {
            throttle.failed(key);
            throw e;
        } catch (RuntimeException | Error e) {
            throttle.abandoned(key);
            throw e;
        }
        if (result != null && result.isAuthenticated()) {
            throttle.succeeded(key);
        } else {
            throttle.abandoned(key);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
