package nl.regiokompas.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final SignInKey WETHOUDER_FROM_HOME = SignInKey.of("bestuurder.bun", "192.0.2.10");
    private static final SignInKey WETHOUDER_AT_OFFICE = SignInKey.of("bestuurder.bun", "198.51.100.7");

    private final MutableClock clock = new MutableClock();
    private final SignInThrottle throttle = new SignInThrottle(new SignInThrottle.Limits(
            5, Duration.ofSeconds(1), Duration.ofMinutes(4), Duration.ofMinutes(30), 100), clock);

    @Test
    void five_failures_are_free() {
        failTimes(WETHOUDER_FROM_HOME, 4);

        assertThatCode(() -> throttle.admit(WETHOUDER_FROM_HOME)).doesNotThrowAnyException();
    }

    @Test
    void after_five_failures_the_pair_waits_one_second() {
        failTimes(WETHOUDER_FROM_HOME, 5);

        assertThatThrownBy(() -> throttle.admit(WETHOUDER_FROM_HOME))
                .isInstanceOfSatisfying(SignInThrottled.class, refused -> assertThat(refused.retryAfterSeconds()).isEqualTo(1));
        clock.advance(Duration.ofSeconds(1));
        assertThatCode(() -> throttle.admit(WETHOUDER_FROM_HOME)).doesNotThrowAnyException();
    }

    @Test
    void every_further_failure_doubles_the_window_up_to_the_longest() {
        failTimes(WETHOUDER_FROM_HOME, 5);
        assertThat(retryAfter(WETHOUDER_FROM_HOME)).isEqualTo(1);
        long[] expected = {2, 4, 8, 16, 32, 64, 128, 240, 240};
        for (long seconds : expected) {
            clock.advance(Duration.ofMinutes(5));
            throttle.admit(WETHOUDER_FROM_HOME);
            throttle.failed(WETHOUDER_FROM_HOME);

            assertThat(retryAfter(WETHOUDER_FROM_HOME)).isEqualTo(seconds);
        }
    }

    @Test
    void another_address_of_the_same_account_is_not_affected() {
        failTimes(WETHOUDER_FROM_HOME, 8);

        assertThatCode(() -> throttle.admit(WETHOUDER_AT_OFFICE)).doesNotThrowAnyException();
    }

    @Test
    void another_account_from_the_same_address_is_not_affected() {
        failTimes(WETHOUDER_FROM_HOME, 8);

        assertThatCode(() -> throttle.admit(SignInKey.of("strateeg.bun", "192.0.2.10"))).doesNotThrowAnyException();
    }

    @Test
    void a_success_starts_afresh() {
        failTimes(WETHOUDER_FROM_HOME, 4);
        throttle.admit(WETHOUDER_FROM_HOME);
        throttle.succeeded(WETHOUDER_FROM_HOME);

        failTimes(WETHOUDER_FROM_HOME, 4);

        assertThatCode(() -> throttle.admit(WETHOUDER_FROM_HOME)).doesNotThrowAnyException();
    }

    @Test
    void a_quiet_pair_is_forgotten() {
        failTimes(WETHOUDER_FROM_HOME, 5);
        clock.advance(Duration.ofMinutes(30));

        throttle.admit(SignInKey.of("someone", "192.0.2.99"));

        assertThat(throttle.remembered()).isEqualTo(1);
        failTimes(WETHOUDER_FROM_HOME, 4);
        assertThatCode(() -> throttle.admit(WETHOUDER_FROM_HOME)).doesNotThrowAnyException();
    }

    @Test
    void once_failed_parallel_attempts_count_as_failures_while_they_are_checked() {
        throttle.admit(WETHOUDER_FROM_HOME);
        throttle.failed(WETHOUDER_FROM_HOME);
        for (int i = 0; i < 4; i++) {
            throttle.admit(WETHOUDER_FROM_HOME);
        }

        assertThatThrownBy(() -> throttle.admit(WETHOUDER_FROM_HOME)).isInstanceOf(SignInThrottled.class);
    }

    @Test
    void parallel_sign_ins_of_a_script_without_failures_are_not_limited() {
        for (int i = 0; i < 20; i++) {
            throttle.admit(WETHOUDER_FROM_HOME);
        }
        for (int i = 0; i < 20; i++) {
            throttle.succeeded(WETHOUDER_FROM_HOME);
        }

        assertThat(throttle.remembered()).isZero();
    }

    @Test
    void cycling_through_names_never_remembers_more_pairs_than_the_limit() {
        for (int i = 0; i < 1000; i++) {
            SignInKey key = SignInKey.of("gok" + i, "203.0.113." + (i % 250));
            throttle.admit(key);
            throttle.failed(key);
        }

        assertThat(throttle.remembered()).isEqualTo(100);
    }

    @Test
    void a_user_name_counts_without_case_and_an_ipv6_host_as_its_network() {
        assertThat(SignInKey.of("Bestuurder.BUN", "2001:db8:1:2:aaaa::1"))
                .isEqualTo(SignInKey.of("bestuurder.bun", "2001:db8:1:2:bbbb::77"));
        assertThat(SignInKey.of("bestuurder.bun", "2001:db8:1:2::1"))
                .isNotEqualTo(SignInKey.of("bestuurder.bun", "2001:db8:1:3::1"));
    }

    /** Failed attempts, each after the window of the one before it has passed. */
    private void failTimes(SignInKey key, int times) {
        for (int i = 0; i < times; i++) {
            clock.advance(Duration.ofMinutes(5));
            throttle.admit(key);
            throttle.failed(key);
        }
    }

    private long retryAfter(SignInKey key) {
        try {
            throttle.admit(key);
        } catch (SignInThrottled refused) {
            return refused.retryAfterSeconds();
        }
        throw new AssertionError("not throttled");
    }
}
