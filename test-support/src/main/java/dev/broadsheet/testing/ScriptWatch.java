package dev.broadsheet.testing;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result types of {@link Browser#watchScripts(String)}: did any script run while a page was loaded and every
 * element was hovered, focused and clicked?
 *
 * <h2>How the watch works</h2>
 * <ol>
 *   <li>The page is served with {@code Content-Security-Policy-Report-Only: script-src 'none'}. Report-only
 *       blocks nothing, but Chromium reports every script it runs from the page: inline {@code <script>},
 *       external scripts, inline event handlers (when they fire), {@code javascript:} URLs (when followed) and
 *       {@code eval}. Each report is an event of kind {@link Kind#SCRIPT}. This is what catches script that calls
 *       no dialog at all.</li>
 *   <li>Before any of the page's own scripts, a hook is installed in every frame (through the DevTools protocol,
 *       not by changing the page): {@code alert}, {@code confirm}, {@code prompt}, {@code print} and
 *       {@code open} are replaced by recorders ({@link Kind#DIALOG}, {@link Kind#WINDOW_OPEN}), and navigations
 *       that cannot run script (links and forms to http(s), mailto, tel, ...) are cancelled so that clicking
 *       keeps the page under test.</li>
 *   <li>After the page has loaded, every element (up to 2,000, including same-origin frames) gets each of its
 *       inline {@code on*} handlers fired by dispatching that event, then synthetic hover, press, focus, click
 *       (with its default action: links are followed, forms submitted), release, leave and blur. Then up to 25
 *       elements of the top document that are visible in the first viewport (the window is 1280 px wide), interactive ones
 *       first, get real input through WebDriver actions: the pointer moves onto each and clicks, in one batch.</li>
 *   <li>After a short pause (200 ms) for timers, transitions and image errors, the watch records a native dialog
 *       that escaped the hook ({@link Kind#NATIVE_DIALOG}), a document that was replaced, for example by a
 *       {@code javascript:} URL returning markup or a meta refresh ({@link Kind#PAGE_REPLACED}), and any new
 *       window or tab ({@link Kind#NEW_WINDOW}).</li>
 * </ol>
 *
 * <h2>Limits</h2>
 * Forcing every {@code on*} handler to fire is deliberately stronger than a browser would be: a handler whose
 * event Chromium never fires (such as Firefox's {@code onbeforescriptexecute}) still counts, because markup that
 * keeps a handler is unsafe. Each observation is evidence that script ran (or, for {@link Kind#PAGE_REPLACED}
 * and {@link Kind#NEW_WINDOW}, that the page escaped the test); an empty report is evidence of absence only for
 * what was exercised. Not covered: cross-origin frames (none can load: only 127.0.0.1 resolves), real input inside
 * frames or below the first viewport (those elements get the synthetic events only), keyboard input other than
 * focus, real drag and drop, timers that fire after the pause, and script that only runs on a later visit
 * (service workers, storage). Beyond the element bounds above the rest of a page is not exercised; pages under
 * test are small. Cost: about 0.3 s for a small page where nothing runs.
 *
 * @see Browser#watchScripts(String)
 */
public final class ScriptWatch {

    private ScriptWatch() {
    }

    /** What was observed. */
    public enum Kind {
        /** A script of the page ran: a report of the report-only Content-Security-Policy. */
        SCRIPT,
        /** {@code alert}, {@code confirm}, {@code prompt} or {@code print} was called (in any frame). */
        DIALOG,
        /** {@code window.open} was called. */
        WINDOW_OPEN,
        /** A real JavaScript dialog opened that the hook did not intercept. */
        NATIVE_DIALOG,
        /** The document under test was replaced by another one, or the browser left its URL. */
        PAGE_REPLACED,
        /** A new window or tab opened. */
        NEW_WINDOW,
        /** The hook could not replace a function: the watch may be blind to it. */
        HOOK_FAILED
    }

    /**
     * One observation.
     *
     * @param kind what was observed
     * @param detail a description for people: the call and its arguments, the browser's CSP message, a URL
     */
    public record Event(Kind kind, String detail) {
        @Override
        public String toString() {
            return kind + ": " + detail;
        }
    }

    /**
     * What happened while a page was watched.
     *
     * @param page the URL the page was served at
     * @param events every observation, in the order collected; empty when no script ran
     * @param elementsExercised how many elements got the synthetic events
     * @param elementsClicked how many elements got real pointer input
     */
    public record Report(URI page, List<Event> events, int elementsExercised, int elementsClicked) {
        /** Copies the list. */
        public Report {
            events = List.copyOf(events);
        }

        /**
         * Whether anything was observed.
         *
         * @return {@code true} when {@link #events()} is not empty
         */
        public boolean fired() {
            return !events.isEmpty();
        }

        /** A summary for people: one line per distinct event (with a count), each cut to 200 characters. */
        @Override
        public String toString() {
            StringBuilder s = new StringBuilder(fired() ? "script ran" : "no script ran").append(" (")
                    .append(elementsExercised).append(" elements exercised, ").append(elementsClicked)
                    .append(" clicked) at ").append(page);
            Map<String, Integer> distinct = new LinkedHashMap<>();
            events.forEach(e -> distinct.merge(e.toString(), 1, Integer::sum));
            distinct.forEach((line, count) -> s.append("\n  ")
                    .append(line.length() > 200 ? line.substring(0, 200) + "…" : line)
                    .append(count > 1 ? " (×" + count + ")" : ""));
            return s.toString();
        }
    }
}
