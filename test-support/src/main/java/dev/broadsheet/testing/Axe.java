package dev.broadsheet.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (npm {@code axe-core}, installed by {@code tools/validators/install.sh}) run on the page a browser shows,
 * with the WCAG 2.1 level A and AA rules ({@link #TAGS}).
 *
 * <p>The script is injected through WebDriver, so it also works on pages served with {@code script-src 'none'}.
 * Violations are turned into plain data inside the page, so no live objects cross the WebDriver boundary. A run
 * takes 100 to 200 ms once warm.
 */
public final class Axe {

    /** The axe rule tags that are run: WCAG 2.0 and 2.1, levels A and AA. */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
              .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact || '', help: v.help,
                  helpUrl: v.helpUrl, targets: v.nodes.map(n => n.target.join(' '))}))))
              .catch(e => done({error: String(e)}));
            """;

    private static volatile String source;

    private Axe() {
    }

    /**
     * One failed rule.
     *
     * @param id the rule, for example {@code image-alt}
     * @param impact {@code minor}, {@code moderate}, {@code serious} or {@code critical}
     * @param help the rule's summary, for example "Images must have alternative text"
     * @param helpUrl where the rule is explained
     * @param targets a CSS selector for each offending element
     */
    public record Violation(String id, String impact, String help, String helpUrl, List<String> targets) {
        /** Copies the list. */
        public Violation {
            targets = List.copyOf(targets);
        }

        @Override
        public String toString() {
            return id + " (" + impact + "): " + help + " " + targets;
        }
    }

    /**
     * Runs axe on the page the driver currently shows.
     *
     * @param driver a driver that can execute JavaScript (any Selenium driver for a real browser)
     * @return the violations; empty when the page passes
     * @throws IllegalStateException when axe-core is not installed or axe fails
     */
    public static List<Violation> run(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(source());
        Object result = js.executeAsyncScript(RUN, TAGS);
        if (result instanceof Map<?, ?> error) {
            throw new IllegalStateException("axe-core failed: " + error.get("error"));
        }
        List<Violation> violations = new ArrayList<>();
        for (Object o : (List<?>) result) {
            Map<?, ?> v = (Map<?, ?>) o;
            List<String> targets = new ArrayList<>();
            for (Object t : (List<?>) v.get("targets")) {
                targets.add(String.valueOf(t));
            }
            violations.add(new Violation(String.valueOf(v.get("id")), String.valueOf(v.get("impact")),
                    String.valueOf(v.get("help")), String.valueOf(v.get("helpUrl")), targets));
        }
        return violations;
    }

    private static String source() {
        String s = source;
        if (s == null) {
            try {
                s = Files.readString(Tools.validatorFile("node_modules/axe-core/axe.min.js"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read axe.min.js", e);
            }
            source = s;
        }
        return s;
    }
}
