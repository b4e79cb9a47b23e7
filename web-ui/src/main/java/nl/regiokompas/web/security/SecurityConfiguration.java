package nl.regiokompas.web.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;

/**
 * Who may do what over HTTP. Scripts authenticate with HTTP Basic (or, when an OpenID Connect provider is
 * configured, a bearer token) and need no CSRF token; such a request never uses a session, so it is
 * authenticated by its own credentials or not at all. The browser signs in with a form and sends the CSRF
 * token from the XSRF-TOKEN cookie. Readers (raadslid, auditor) never write; the griffier writes only what the raad decided, which the aggregates check. Which bestuurder may confirm for which gemeente is a domain rule, decided by the aggregates.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    static final String[] WRITERS = {"STRATEEG", "BESTUURDER", "PROGRAMMATEAM", "GRIFFIER"};
    /** The integrity check of the whole event store (GET /api/audit/**) is for the auditor and the programmateam. */
    static final String[] AUDIT_READERS = {"AUDITOR", "PROGRAMMATEAM"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint,
                                            ProblemAccessDeniedHandler accessDenied,
                                            ObjectProvider<JwtDecoder> bearerTokens,
                                            BearerTokenUsers bearerTokenUsers,
                                            @Value("${server.servlet.session.cookie.same-site:lax}") String sameSite,
                                            @Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies)
            throws Exception {
        RequestMatcher apiRequest = request -> request.getRequestURI().startsWith("/api/");
        CsrfTokenRequestAttributeHandler csrfHandler = new CsrfTokenRequestAttributeHandler();
        csrfHandler.setCsrfRequestAttributeName(null);
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/webjars/**",
                                "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error").permitAll()
                        .requestMatchers("/api/admin/**").hasRole("PROGRAMMATEAM")
                        .requestMatchers(HttpMethod.GET, "/api/audit/**").hasAnyRole(AUDIT_READERS)
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        .requestMatchers("/api/**").hasAnyRole(WRITERS)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler(SecurityConfiguration::formLoginFailed).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(csrfCookie(sameSite, secureCookies))
                        .csrfTokenRequestHandler(csrfHandler)
                        .ignoringRequestMatchers(ScriptCredentials::in))
                .securityContext(context -> context.securityContextRepository(new SessionlessScriptRequests()))
                .headers(headers -> headers
                        .addHeaderWriter(BrowserHeaders.contentSecurityPolicy())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(BrowserHeaders.PERMISSIONS_POLICY)))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(entryPoint, apiRequest)
                        .defaultAccessDeniedHandlerFor(accessDenied, apiRequest));
        if (bearerTokens.getIfAvailable() != null) {
            // Production: OpenID Connect access tokens, verified against the provider's keys.
            http.oauth2ResourceServer(resourceServer -> resourceServer
                    .authenticationEntryPoint(entryPoint)
                    .accessDeniedHandler(accessDenied)
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(bearerTokenUsers)));
        }
        return http.build();
    }

    @Bean
    AuthenticationProvider authenticationProvider(UserDirectory users, PasswordEncoder passwordEncoder,
                                                  SignInProperties signIn, SignInThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottlingAuthenticationProvider(
                new RememberingAuthenticationProvider(passwords, users::find, signIn.rememberVerifiedCredentials(),
                        Clock.systemUTC()), throttle);
    }

    @Bean
    SignInThrottle signInThrottle(SignInProperties signIn) {
        SignInProperties.Throttle limits = signIn.signInThrottle();
        return new SignInThrottle(new SignInThrottle.Limits(limits.freeFailures(), limits.firstWindow(),
                limits.longestWindow(), limits.forgetAfter(), limits.maxEntries()), Clock.systemUTC());
    }

    /**
     * The XSRF-TOKEN cookie, readable by the app's script, with the SameSite of the session cookie; Secure
     * when the session cookie is (it is anyway on a request that arrived over https).
     */
    private static CookieCsrfTokenRepository csrfCookie(String sameSite, boolean secure) {
        CookieCsrfTokenRepository cookie = CookieCsrfTokenRepository.withHttpOnlyFalse();
        cookie.setCookieCustomizer(builder -> {
            builder.sameSite(StringUtils.capitalize(sameSite.toLowerCase(Locale.ROOT)));
            if (secure) {
                builder.secure(true);
            }
        });
        return cookie;
    }

    /** Back to the login page, which says why: a wrong password, or too many attempts (and how long to wait). */
    private static void formLoginFailed(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException {
        if (failure instanceof SignInThrottled throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
            response.sendRedirect("/login?throttled=" + throttled.retryAfterSeconds());
        } else {
            response.sendRedirect("/login?error");
        }
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
