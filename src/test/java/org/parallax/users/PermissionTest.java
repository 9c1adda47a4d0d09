package org.parallax.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.parallax.ParallaxIntegrationTest;
import org.parallax.ingest.ImportJobs;
import org.parallax.ingest.ImportRequest;
import org.parallax.ingest.ImportResult;
import org.parallax.ingest.ImportService;
import org.parallax.library.LibraryService;
import org.parallax.library.VersionRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;

/** Services refuse what a role may not do, whatever the views show. */
@ParallaxIntegrationTest
class PermissionTest {

    @Autowired
    UserService users;

    @Autowired
    ImportService importer;

    @Autowired
    ImportJobs jobs;

    @Autowired
    LibraryService library;

    @Autowired
    CurrentUser currentUser;

    @Test
    @WithMockUser(username = "tanja", roles = Roles.TRANSLATOR)
    void translatorCannotManageUsers() {
        assertThatThrownBy(() -> users.create("intruder", "intruder-password", Set.of(Roles.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.users()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.setEnabled(AdminBootstrap.ADMIN_NAME, false))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anonymousCannotImport() {
        assertThatThrownBy(() -> importer.importText(request("Test: anonymous import"), done -> { }))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> jobs.submit(request("Test: anonymous job"), done -> { }).join())
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(library.workId("test-anonymous-import")).isEmpty();
    }

    @Test
    @WithMockUser(username = "sasha", roles = Roles.SCHOLAR)
    void scholarCannotImport() {
        assertThatThrownBy(() -> importer.importText(request("Test: scholar import"), done -> { }))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "tanja", roles = Roles.TRANSLATOR)
    void translatorCanImportInTheBackgroundUnderTheirOwnName() {
        ImportResult result = jobs.submit(request("Test: translator job"), done -> { }).join();

        assertThat(library.version(result.versionId())).isPresent();
        assertThat(currentUser.username()).contains("tanja");
        assertThat(currentUser.roles()).containsExactly(Roles.TRANSLATOR);
    }

    @Test
    void systemAuthenticationMayImportAndIsGoneAfterwards() {
        ImportResult result = SystemAuthentication.call(() -> {
            assertThat(currentUser.username()).contains(SystemAuthentication.NAME);
            return importer.importText(request("Test: system import"), done -> { });
        });

        assertThat(library.version(result.versionId())).isPresent();
        assertThat(currentUser.username()).isEmpty();
    }

    private static ImportRequest request(String workTitle) {
        return new ImportRequest(null, workTitle, null, "One sentence. Another one.".getBytes(StandardCharsets.UTF_8),
                "en", VersionRole.SOURCE, null, null, null, null, null, null, null);
    }
}
