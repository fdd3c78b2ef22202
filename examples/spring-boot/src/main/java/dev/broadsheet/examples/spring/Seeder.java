package dev.broadsheet.examples.spring;

import dev.broadsheet.fixtures.FixtureSet;
import dev.broadsheet.fixtures.Fixtures;
import dev.broadsheet.model.Comment;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds an empty database with Broadsheet's fixtures at start (after Flyway has migrated it): the content and the
 * fixtures' comments. The instance whose UPDATE flips {@code seed_state} seeds, in the same transaction; other
 * instances starting at the same time wait on that row's lock, then find it flipped and skip.
 */
@Component
class Seeder implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(Seeder.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ContentRepository content;
    private final CommentRepository comments;

    Seeder(JdbcTemplate jdbc, TransactionTemplate tx, ContentRepository content, CommentRepository comments) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.content = content;
        this.comments = comments;
    }

    @Override
    public void run(ApplicationArguments args) {
        Boolean seeded = tx.execute(status -> {
            if (jdbc.update("UPDATE seed_state SET seeded = TRUE WHERE id = 1 AND seeded = FALSE") == 0) {
                return false;
            }
            FixtureSet set = Fixtures.all();
            content.save(set);
            for (Comment c : set.comments()) {
                comments.add(c, List.of(), null);
            }
            return true;
        });
        if (Boolean.TRUE.equals(seeded)) {
            LOG.info("seeded the database with the fixtures: {} articles", content.count());
        } else {
            LOG.info("database already seeded: {} articles", content.count());
        }
    }
}
