package nl.regiokompas.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Where the signed-in user of a request comes from: the session for the browser, but never for a request
 * with {@link ScriptCredentials}. Otherwise a session cookie plus any Basic or bearer header (a wrong
 * password, a made-up token) would act as the session's user without the CSRF token that a session needs.
 */
final class SessionlessScriptRequests implements SecurityContextRepository {

    private final SecurityContextRepository scripts = new RequestAttributeSecurityContextRepository();
    private final SecurityContextRepository browsers = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        return of(request).loadDeferredContext(request);
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return of(holder.getRequest()).loadContext(holder);
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        of(request).saveContext(context, request, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return of(request).containsContext(request);
    }

    private SecurityContextRepository of(HttpServletRequest request) {
        return ScriptCredentials.in(request) ? scripts : browsers;
    }
}
