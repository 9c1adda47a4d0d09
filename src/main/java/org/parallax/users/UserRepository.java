package org.parallax.users;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code app_user}. Internal to the users feature; no permission checks here. */
@Repository
class UserRepository {

    /** A stored user with its password hash, for authentication only. */
    record Credentials(UserAccount account, String passwordHash) {
    }

    private static final String COLUMNS = "id, username, password_hash, roles, enabled, created_at";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where username = ?").param(username)
                .query(Long.class).single() > 0;
    }

    void insert(String username, String passwordHash, Set<String> roles) {
        jdbc.sql("insert into app_user (username, password_hash, roles) values (?, ?, ?)")
                .params(username, passwordHash, joined(roles))
                .update();
    }

    List<UserAccount> findAll() {
        return jdbc.sql("select " + COLUMNS + " from app_user order by username")
                .query((rs, row) -> credentials(rs).account()).list();
    }

    Optional<Credentials> findCredentials(String username) {
        return jdbc.sql("select " + COLUMNS + " from app_user where username = ?").param(username)
                .query((rs, row) -> credentials(rs)).optional();
    }

    boolean updateRoles(String username, Set<String> roles) {
        return jdbc.sql("update app_user set roles = ? where username = ?").params(joined(roles), username).update() == 1;
    }

    boolean updateEnabled(String username, boolean enabled) {
        return jdbc.sql("update app_user set enabled = ? where username = ?").params(enabled, username).update() == 1;
    }

    boolean updatePasswordHash(String username, String passwordHash) {
        return jdbc.sql("update app_user set password_hash = ? where username = ?")
                .params(passwordHash, username).update() == 1;
    }

    long countEnabledWithRole(String role) {
        return findAll().stream().filter(user -> user.enabled() && user.roles().contains(role)).count();
    }

    private static Credentials credentials(ResultSet rs) throws SQLException {
        Set<String> roles = new TreeSet<>(Arrays.asList(rs.getString("roles").split(",")));
        UserAccount account = new UserAccount(rs.getLong("id"), rs.getString("username"), roles,
                rs.getBoolean("enabled"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
        return new Credentials(account, rs.getString("password_hash"));
    }

    private static String joined(Set<String> roles) {
        return String.join(",", new TreeSet<>(roles));
    }
}
