package nl.regiokompas.web.security;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what over HTTP. Scripts authenticate with HTTP Basic (or, when an OpenID Connect provider is
 * configured, a bearer token) and need no CSRF token; the browser signs in with a form and sends the CSRF
 * token from the XSRF-TOKEN cookie. Readers (raadslid, auditor) never write. Which bestuurder may confirm for which gemeente is a domain rule, decided by the aggregates.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    static final String[] WRITERS = {"STRATEEG", "BESTUURDER", "PROGRAMMATEAM"};
    /** The integrity check of the whole event store (GET /api/audit/**) is for the auditor and the programmateam. */
    static final String[] AUDIT_READERS = {"AUDITOR", "PROGRAMMATEAM"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint,
                                            ProblemAccessDeniedHandler accessDenied,
                                            ObjectProvider<JwtDecoder> bearerTokens,
                                            BearerTokenUsers bearerTokenUsers) throws Exception {
        RequestMatcher apiRequest = request -> request.getRequestURI().startsWith("/api/");
        RequestMatcher scriptAuthenticated = request -> {
            String authorization = request.getHeader("Authorization");
            return authorization != null && (authorization.regionMatches(true, 0, "Basic ", 0, 6)
                    || authorization.regionMatches(true, 0, "Bearer ", 0, 7));
        };
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
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(csrfHandler)
                        .ignoringRequestMatchers(scriptAuthenticated))
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
                                                  @Value("${regiokompas.security.remember-verified-credentials:PT5M}") Duration remember) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        return new RememberingAuthenticationProvider(passwords, users::find, remember, Clock.systemUTC());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
