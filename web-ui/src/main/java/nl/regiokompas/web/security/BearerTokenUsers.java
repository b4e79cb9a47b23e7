package nl.regiokompas.web.security;

import nl.regiokompas.api.common.Role;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * In the production layout people sign in at the region's OpenID Connect provider; its access token names
 * the user, the gemeente and the Regiokompas role in claims. This turns a verified token into the same
 * {@link RegiokompasUser} that a demo user becomes, so every rule and every event's metadata work alike.
 */
@Component
class BearerTokenUsers implements Converter<Jwt, AbstractAuthenticationToken> {

    private final String userClaim;
    private final String gemeenteClaim;
    private final String roleClaim;

    BearerTokenUsers(BearerTokenClaims claims) {
        this.userClaim = claims.userClaim();
        this.gemeenteClaim = claims.gemeenteClaim();
        this.roleClaim = claims.roleClaim();
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        String userId = token.hasClaim(userClaim) ? token.getClaimAsString(userClaim) : token.getSubject();
        String name = token.hasClaim("name") ? token.getClaimAsString("name") : userId;
        RegiokompasUser user = new RegiokompasUser(userId, name, token.getClaimAsString(gemeenteClaim),
                roleOf(token), "");
        return UsernamePasswordAuthenticationToken.authenticated(user, token, user.getAuthorities());
    }

    private Role roleOf(Jwt token) {
        String role = token.getClaimAsString(roleClaim);
        try {
            return Role.valueOf(role);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token",
                    "Het token noemt geen Regiokompas-rol in claim '" + roleClaim + "'.", null));
        }
    }
}
