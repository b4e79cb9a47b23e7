package nl.regiokompas.web.security;

import java.util.Collection;
import java.util.List;

import nl.regiokompas.api.common.Actor;
import nl.regiokompas.api.common.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in person: who they are, the gemeente they act for (none for regional roles) and their role. */
public record RegiokompasUser(String userId, String name, String gemeente, Role role, String passwordHash)
        implements UserDetails {

    public Actor actor() {
        return new Actor(userId, name, gemeente, role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return userId;
    }
}
