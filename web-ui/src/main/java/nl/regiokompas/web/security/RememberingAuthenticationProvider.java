package nl.regiokompas.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Scripts send HTTP Basic credentials with every request, and checking a password against its bcrypt hash
 * costs tens of milliseconds of CPU by design. This provider remembers, in memory only and for a short
 * time, a salted SHA-256 digest of a password that the delegate has just verified, so that the next request
 * with the same credentials skips bcrypt. A changed password hash or a wrong password never matches.
 */
class RememberingAuthenticationProvider implements AuthenticationProvider {

    private record Verified(byte[] digest, String passwordHash, Instant until) {
    }

    private final AuthenticationProvider delegate;
    private final Function<String, Optional<RegiokompasUser>> users;
    private final Duration remember;
    private final Clock clock;
    private final byte[] salt = new byte[32];
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    RememberingAuthenticationProvider(AuthenticationProvider delegate, Function<String, Optional<RegiokompasUser>> users,
                                      Duration remember,
                                      Clock clock) {
        this.delegate = delegate;
        this.users = users;
        this.remember = remember;
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (credentials == null) {
            return delegate.authenticate(authentication);
        }
        byte[] digest = digest(userId, credentials.toString());
        Verified known = verified.get(userId);
        RegiokompasUser user = users.apply(userId).orElse(null);
        if (known != null && user != null && known.passwordHash().equals(user.passwordHash())
                && clock.instant().isBefore(known.until()) && MessageDigest.isEqual(known.digest(), digest)) {
            return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        }
        Authentication result = delegate.authenticate(authentication);
        if (result != null && result.isAuthenticated() && user != null) {
            verified.put(userId, new Verified(digest, user.passwordHash(), clock.instant().plus(remember)));
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }

    private byte[] digest(String userId, String password) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            sha256.update(userId.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            return sha256.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
