package dev.broadsheet.examples.spring;

import com.fasterxml.jackson.databind.Module;
import dev.broadsheet.comments.FloodStore;
import dev.broadsheet.comments.FormStamps;
import dev.broadsheet.comments.Moderator;
import dev.broadsheet.json.BroadsheetJson;
import dev.broadsheet.json.BroadsheetModule;
import dev.broadsheet.subscribers.SignedTokens;
import dev.broadsheet.subscribers.Subscriptions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Broadsheet as Spring beans: the Jackson module, the JSON storage codec, the moderator over the shared
 * {@link JdbcFloodStore}, the subscription rules and the signed tokens. Everything here is immutable and
 * thread-safe, built once.
 */
@Configuration(proxyBeanMethods = false)
class BroadsheetBeans {

    private static final Logger LOG = LoggerFactory.getLogger(BroadsheetBeans.class);

    /**
     * Broadsheet's Jackson module in its public view, picked up by Spring Boot's {@code ObjectMapper}: any model
     * value a controller returns as JSON is written without private fields (commenter email and IP).
     */
    @Bean
    Module broadsheetModule() {
        return BroadsheetModule.publicView();
    }

    /** The storage format the repositories write and read (with private fields, sanitized again on reading). */
    @Bean
    BroadsheetJson storageJson() {
        return BroadsheetJson.storage();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Dialect dialect(DataSource dataSource) {
        return Dialect.of(dataSource);
    }

    @Bean
    Keys keys(SiteProperties properties) {
        if (properties.secret() == null) {
            LOG.warn("broadsheet.secret is not set: using a random key; newsletter links and comment forms signed"
                    + " by this instance will not verify on another one, nor after a restart");
            return Keys.random();
        }
        return Keys.of(properties.secret());
    }

    @Bean
    JdbcFloodStore floodStore(JdbcTemplate jdbc, TransactionTemplate tx, Dialect dialect) {
        return new JdbcFloodStore(jdbc, tx, dialect, FloodStore.DEFAULT_MAX_ATTEMPTS_PER_KEY);
    }

    @Bean
    FormStamps formStamps(Keys keys, Clock clock) {
        return FormStamps.builder().addKey("k1", keys.key("form-stamps")).clock(clock).build();
    }

    @Bean
    SignedTokens signedTokens(Keys keys, Clock clock) {
        return SignedTokens.builder().addKey("k1", keys.key("newsletter-tokens")).clock(clock).build();
    }

    @Bean
    Subscriptions subscriptions(Clock clock) {
        return Subscriptions.builder().clock(clock).build();
    }

    @Bean
    Moderator moderator(Clock clock, FormStamps stamps, JdbcFloodStore floodStore, SiteProperties properties) {
        return Moderator.builder().clock(clock).formStamps(stamps).floodStore(floodStore)
                .minFormTime(properties.minFormTime())
                .holdHosts(List.of("bit.ly", "tinyurl.com", "t.co", "goo.gl"))
                .blockWords(List.of("casino bonus", "payday loan", "cheap viagra")).build();
    }

    /** Deletes flood-store attempts older than the moderator's longest window (its duplicate window). */
    @Bean
    FloodPurge floodPurge(JdbcFloodStore store, Clock clock) {
        return new FloodPurge(store, clock);
    }

    /** The scheduled purge of {@link JdbcFloodStore}; every {@code broadsheet.flood-purge}. */
    static final class FloodPurge {
        private final JdbcFloodStore store;
        private final Clock clock;

        FloodPurge(JdbcFloodStore store, Clock clock) {
            this.store = store;
            this.clock = clock;
        }

        @Scheduled(fixedDelayString = "${broadsheet.flood-purge:10m}", initialDelayString = "${broadsheet.flood-purge:10m}")
        void purge() {
            Duration keep = Moderator.DEFAULT_DUPLICATE_WINDOW;
            try {
                int n = store.purge(clock.instant().minus(keep));
                LOG.debug("flood store: {} author keys forgotten", n);
            } catch (RuntimeException e) {
                LOG.warn("flood store purge failed (will run again): {}", e.toString());
            }
        }
    }
}
