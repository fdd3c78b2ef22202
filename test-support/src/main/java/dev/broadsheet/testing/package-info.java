/**
 * Broadsheet's external checkers as a small test-helper API, for the other modules' tests (not published).
 *
 * <ul>
 *   <li>{@link dev.broadsheet.testing.Browser}: headless Chromium through chromedriver, with an in-process page
 *       server: {@link dev.broadsheet.testing.Browser#watchScripts(String) script-execution watch} (see
 *       {@link dev.broadsheet.testing.ScriptWatch}), {@link dev.broadsheet.testing.Browser#cspViolations(String,
 *       String) Content-Security-Policy violations}, {@link dev.broadsheet.testing.Browser#axe() axe-core}
 *       ({@link dev.broadsheet.testing.Axe}) and {@link dev.broadsheet.testing.Browser#screenshot(java.nio.file.Path,
 *       int) screenshots}.</li>
 *   <li>{@link dev.broadsheet.testing.NuChecker}: the Nu Html Checker in-process, for documents and fragments
 *       (wrapped by {@link dev.broadsheet.testing.Pages#wrapBody(String)}).</li>
 *   <li>{@link dev.broadsheet.testing.AmpValidator}: the official AMP validator through Node.js, many files per
 *       process.</li>
 *   <li>{@link dev.broadsheet.testing.XssVectors} and {@link dev.broadsheet.testing.SchemaOrg}: the XSS corpus and
 *       the schema.org vocabulary, shipped as classpath resources with their licence notices.</li>
 *   <li>{@link dev.broadsheet.testing.Tools}: where the external programs are, and the system properties that
 *       override it.</li>
 * </ul>
 *
 * <p>The programs are installed by {@code bin/test} (Debian's {@code chromium} and {@code chromium-driver}, then
 * {@code tools/validators/install.sh}). A missing program fails the check with instructions; nothing is skipped,
 * and nothing is downloaded while tests run.
 */
package dev.broadsheet.testing;
