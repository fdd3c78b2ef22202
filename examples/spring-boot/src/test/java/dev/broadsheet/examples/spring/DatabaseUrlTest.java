package dev.broadsheet.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * DATABASE_URL as hosting platforms write it, read into Spring's datasource settings (DatabaseFaultTest starts
 * the site with one).
 */
class DatabaseUrlTest {

    @Test
    void aPlatformUrlBecomesTheJdbcUrlUserAndPasswordAndTheJsonbColumns() {
        assertThat(DatabaseUrl.properties("postgres://site:p%40ss%3Aw0rd@db.internal:6543/news?sslmode=require"))
                .containsEntry("spring.datasource.url", "jdbc:postgresql://db.internal:6543/news?sslmode=require")
                .containsEntry("spring.datasource.username", "site")
                .containsEntry("spring.datasource.password", "p@ss:w0rd")
                .containsEntry("spring.flyway.placeholders.json", "JSONB");
    }

    @Test
    void thePortDefaultsTo5432AndAUrlWithoutUserLeavesTheConfiguredOne() {
        assertThat(DatabaseUrl.properties("postgresql://127.0.0.1/broadsheet"))
                .containsEntry("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/broadsheet")
                .doesNotContainKeys("spring.datasource.username", "spring.datasource.password");
    }

    @Test
    void otherSchemesAndUrlsWithoutADatabaseAreRefusedWithoutRepeatingThePassword() {
        assertThatThrownBy(() -> DatabaseUrl.properties("mysql://u:secret@host/db"))
                .hasMessage("DATABASE_URL must start with postgres:// or postgresql://, was mysql://");
        assertThatThrownBy(() -> DatabaseUrl.properties("postgres://u:secret@host"))
                .hasMessageContaining("must name one database").hasMessageNotContaining("secret");
        assertThatThrownBy(() -> DatabaseUrl.properties("postgres://u:secret@host/a/b"))
                .hasMessageContaining("must name one database");
    }
}
