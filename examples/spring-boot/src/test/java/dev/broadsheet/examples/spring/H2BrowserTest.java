package dev.broadsheet.examples.spring;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@link BrowserFlowsBase} against the site on H2. */
class H2BrowserTest extends BrowserFlowsBase {

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.h2();
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
