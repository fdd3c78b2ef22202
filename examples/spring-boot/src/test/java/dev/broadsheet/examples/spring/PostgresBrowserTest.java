package dev.broadsheet.examples.spring;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link BrowserFlowsBase} against the site on a throw-away PostgreSQL cluster. */
class PostgresBrowserTest extends BrowserFlowsBase {

    @RegisterExtension
    static final PostgresCluster PG = new PostgresCluster();

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.postgres(PG.createDatabase("browser"));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Override
    TestApp app() {
        return app;
    }
}
