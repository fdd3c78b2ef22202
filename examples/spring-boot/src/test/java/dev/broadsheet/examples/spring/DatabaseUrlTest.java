package dev.broadsheet.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A hosting platform's DATABASE_URL becomes the postgres profile and Spring's datasource settings. */
class DatabaseUrlTest {

    @Test
    void aPostgresUrlBecomesTheProfileAndTheDatasource() {
        assertThat(BroadsheetApplication.withDatabaseUrl(new String[] {"--server.port=0"},
                "postgres://news%40desk:p%3Ass+w@db.internal:6543/ledger?sslmode=require")).containsExactly(
                        "--spring.profiles.active=postgres",
                        "--spring.datasource.url=jdbc:postgresql://db.internal:6543/ledger?sslmode=require",
                        "--spring.datasource.username=news@desk", "--spring.datasource.password=p:ss+w",
                        "--server.port=0");
        assertThat(BroadsheetApplication.withDatabaseUrl(new String[0], "postgresql://db/ledger")).containsExactly(
                "--spring.profiles.active=postgres", "--spring.datasource.url=jdbc:postgresql://db/ledger");
    }

    @Test
    void anExplicitDatasourceOrNoVariableLeavesTheArgumentsAlone() {
        String[] explicit = {"--spring.datasource.url=jdbc:h2:mem:x"};
        assertThat(BroadsheetApplication.withDatabaseUrl(explicit, "postgres://u:p@h/db")).isSameAs(explicit);
        String[] none = {"--server.port=0"};
        assertThat(BroadsheetApplication.withDatabaseUrl(none, null)).isSameAs(none);
        assertThat(BroadsheetApplication.withDatabaseUrl(none, " ")).isSameAs(none);
    }

    @Test
    void anythingElseIsRefusedWithTheReason() {
        assertThatThrownBy(() -> BroadsheetApplication.withDatabaseUrl(new String[0], "mysql://u:p@h/db"))
                .hasMessageContaining("postgres://user:password@host:port/database").hasMessageContaining("mysql");
        assertThatThrownBy(() -> BroadsheetApplication.withDatabaseUrl(new String[0], "postgres://h"))
                .hasMessageContaining("must name a host and a database");
        assertThatThrownBy(() -> BroadsheetApplication.withDatabaseUrl(new String[0], "postgres://h/ db"))
                .hasMessageContaining("not a URL");
    }
}
