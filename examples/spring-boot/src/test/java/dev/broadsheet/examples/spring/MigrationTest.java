package dev.broadsheet.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.json.BroadsheetJson;
import dev.broadsheet.model.Subscriber;
import dev.broadsheet.model.SubscriberStatus;
import dev.broadsheet.subscribers.SignedTokens;
import dev.broadsheet.subscribers.Subscriptions;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A database at schema version 1 — written before the shared flood store, the outbox and the subscribers' version
 * column existed — holding a confirmed subscriber: the app migrates it to the latest version at start, seeds it,
 * and the old subscriber unsubscribes through the new code.
 */
class MigrationTest {

    @Test
    void aVersion1DatabaseIsMigratedAndItsSubscriberStillUnsubscribes() {
        String url = TestApp.h2Url();
        DriverManagerDataSource ds = new DriverManagerDataSource(url, "sa", "");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").placeholders(Map.of("json", "CLOB"))
                .target("1").load().migrate();
        JdbcTemplate old = new JdbcTemplate(ds);
        Subscriber confirmed = Fixtures.subscribers().stream().filter(s -> s.status() == SubscriberStatus.CONFIRMED)
                .findFirst().orElseThrow();
        String key = Subscriptions.standard().addressKey(confirmed.email());
        old.update("INSERT INTO subscribers (id, address_key, status, doc) VALUES (?, ?, ?, ?)", confirmed.id(), key,
                confirmed.status().name(), BroadsheetJson.storage().write(confirmed));
        assertThat(old.queryForList("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT"
                + " NULL", String.class)).containsExactly("1");

        try (TestApp app = TestApp.start("--spring.datasource.url=" + url)) {
            assertThat(app.jdbc().queryForList("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\""
                    + " AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"", String.class))
                    .containsExactly("1", "2");
            assertThat(app.jdbc().queryForObject("SELECT row_version FROM subscribers WHERE id = ?", Integer.class,
                    confirmed.id())).isZero();
            assertThat(app.get("/").statusCode()).isEqualTo(200);
            String token = app.bean(SignedTokens.class).issue(SignedTokens.Purpose.UNSUBSCRIBE, confirmed.id());
            assertThat(Flows.oneClick(app, app.bean(SiteRenderers.class).get().html().links().unsubscribe(token))
                    .statusCode()).isEqualTo(200);
            assertThat(Flows.status(app, confirmed.id())).isEqualTo("UNSUBSCRIBED");
        }
    }
}
