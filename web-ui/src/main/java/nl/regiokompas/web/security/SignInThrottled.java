package nl.regiokompas.web.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-in attempts for this account from this address: try again after {@link #retryAfter()}. */
public class SignInThrottled extends AuthenticationException {

    private final Duration retryAfter;

    SignInThrottled(Duration retryAfter) {
        super("Te veel mislukte aanmeldpogingen");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up, as the Retry-After header wants them. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
