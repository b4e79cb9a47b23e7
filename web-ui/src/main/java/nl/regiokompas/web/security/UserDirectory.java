package nl.regiokompas.web.security;

import java.util.Optional;

import nl.regiokompas.api.common.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** The people who may sign in, kept in the app_user table. */
@Component
public class UserDirectory implements UserDetailsService {

    private static final RowMapper<RegiokompasUser> USER = (rs, n) -> new RegiokompasUser(
            rs.getString("user_id"), rs.getString("name"), rs.getString("gemeente"),
            Role.valueOf(rs.getString("role")), rs.getString("password_hash"));

    private final JdbcTemplate jdbc;

    UserDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RegiokompasUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("Onbekende gebruiker " + username));
    }

    public Optional<RegiokompasUser> find(String userId) {
        return jdbc.query("SELECT * FROM app_user WHERE user_id = ?", USER, userId).stream().findFirst();
    }

    public boolean isEmpty() {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM app_user", Integer.class);
        return count == null || count == 0;
    }

    public void add(RegiokompasUser user) {
        jdbc.update("INSERT INTO app_user (user_id, name, gemeente, role, password_hash) VALUES (?, ?, ?, ?, ?) "
                        + "ON CONFLICT (user_id) DO NOTHING",
                user.userId(), user.name(), user.gemeente(), user.role().name(), user.passwordHash());
    }
}
