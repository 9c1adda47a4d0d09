package org.parallax.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openqa.selenium.By;
import org.parallax.BrowserSession;
import org.parallax.ParallaxApplication;
import org.parallax.library.LibraryService;
import org.parallax.users.SystemAuthentication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark (not a test): the alignment editor on a 50,000-bead alignment in headless Chromium. Measures, in the
 * browser's own clock, the time from navigation until the first rows show their text, from "go to bead #" until
 * that bead's row is on screen with its text, and from setting the grid's scroll position until every row in view
 * has its text. "Shown" means: the rows in view fill the grid, none is loading, their text is visible, no request
 * to the server is in flight, and all that still holds 250 ms later (the time reported is when it began). Also
 * counts the rows the grid keeps in the DOM (virtual scrolling) and reads Chromium's JS heap.
 * Run with {@code src/bench/editor-ui-bench.sh}.
 */
public final class EditorUiBenchmark {

    private static final int BEADS = Integer.getInteger("beads", 50_000);
    private static final String PASSWORD = "benchmark-only-password";
    private static final int TIMEOUT_MILLIS = 60_000;

    /**
     * Waits in the page until rows of the grid are on screen with their text, then calls back with the time taken
     * (ms since {@code start}, or since navigation when start is 0) and what the grid shows. Arguments: action
     * ("none", "goto", "scroll"), a bead number for "goto" (the row to wait for) or a scroll fraction (0..1) or pixel
     * step for "scroll", whether the value is a step in pixels, the time-out and the number of beads.
     */
    private static final String MEASURE = """
            const [action, value, stepInPixels, timeout, total] = [arguments[0], arguments[1], arguments[2], arguments[3],
                arguments[4]];
            const done = arguments[arguments.length - 1];
            const STABLE = 250;
            const grid = () => document.getElementById('beads');
            const cellText = td => {
              const slot = td.querySelector('slot');
              const content = slot ? slot.assignedElements({flatten: true})[0] : null;
              return content ? content.textContent.trim() : '';
            };
            const view = () => {
              const g = grid();
              if (!g || !g.shadowRoot) return null;
              const table = g.shadowRoot.querySelector('#table');
              const head = g.shadowRoot.querySelector('thead');
              const top = Math.max(table.getBoundingClientRect().top, head.getBoundingClientRect().bottom);
              const bottom = table.getBoundingClientRect().bottom;
              const rows = [...g.shadowRoot.querySelectorAll('#items tr')];
              const inView = rows.filter(tr => {
                const r = tr.getBoundingClientRect();
                return !tr.hidden && r.height > 0 && r.bottom > top + 1 && r.top < bottom - 1;
              }).sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
              const numbers = inView.map(tr => cellText(tr.querySelector('td')));
              // Rows in view must fill it: right after a scroll, the old rows may not have been moved in yet.
              const covered = inView.reduce((sum, tr) => {
                const r = tr.getBoundingClientRect();
                return sum + Math.min(r.bottom, bottom) - Math.max(r.top, top);
              }, 0);
              const filled = covered >= 0.9 * (bottom - top) || numbers[numbers.length - 1] === String(total);
              const shown = td => {
                const slot = td.querySelector('slot');
                const content = slot ? slot.assignedElements({flatten: true})[0] : null;
                return content && getComputedStyle(content).visibility !== 'hidden' && content.textContent.trim() !== '';
              };
              const loaded = inView.length > 0 && filled && inView.every(tr => !tr.hasAttribute('loading')
                  && /^\\d+$/.test(cellText(tr.querySelector('td'))) && shown(tr.querySelectorAll('td')[1]));
              return {table, rowsInDom: rows.length, inView: inView.length, numbers, loaded,
                      cellContents: g.querySelectorAll('vaadin-grid-cell-content').length};
            };
            let start = 0;
            let before = null;
            const requestsBefore = performance.getEntriesByType('resource').length;
            if (action === 'goto') {
              start = performance.now();
              const field = document.getElementById('goto-bead');
              field.value = String(value);
              field.dispatchEvent(new Event('change', {bubbles: true}));
            } else if (action === 'scroll') {
              const table = view().table;
              before = view().numbers[0];
              start = performance.now();
              table.scrollTop = stepInPixels ? table.scrollTop + value
                  : Math.round(value * (table.scrollHeight - table.clientHeight));
            }
            // Vaadin's client is busy while a request to the server is in flight.
            const idle = () => window.Vaadin && Vaadin.Flow && Vaadin.Flow.clients
                && Object.values(Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());
            let readySince = null;
            const check = () => {
              const now = performance.now();
              const v = view();
              const ready = v && v.loaded && idle() && (action !== 'goto' || v.numbers.includes(String(value)))
                  && (action !== 'scroll' || v.numbers[0] !== before);
              readySince = ready ? (readySince === null ? now : readySince) : null;
              // Ready means ready for STABLE ms on end: a later response may still hide the rows to reload them.
              const stable = readySince !== null && now - readySince >= STABLE;
              if (stable || now - start > timeout) {
                // Round trips to the server (Vaadin's UIDL requests) that began after the action, until shown.
                const trips = performance.getEntriesByType('resource').slice(requestsBefore)
                    .filter(e => e.name.includes('v-r=uidl') && e.startTime >= start
                        && e.startTime <= (stable ? readySince : now));
                done({millis: (stable ? readySince : now) - start, ready: stable, rowsInDom: v ? v.rowsInDom : 0,
                      trips: trips.length, tripMillis: trips.reduce((sum, e) => sum + e.duration, 0),
                      inView: v ? v.inView : 0, first: v ? v.numbers[0] : null,
                      last: v ? v.numbers[v.numbers.length - 1] : null, cellContents: v ? v.cellContents : 0,
                      elements: document.getElementsByTagName('*').length});
              } else {
                setTimeout(check, 4);
              }
            };
            check();
            """;

    private EditorUiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("editor-ui-bench");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ParallaxApplication.class)
                .run("--server.port=0", "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("db"),
                        "--parallax.corpus.load=false", "--parallax.bootstrap.admin-password=" + PASSWORD,
                        "--logging.level.root=warn")) {
            long start = System.nanoTime();
            long alignment = SystemAuthentication.call(() -> LargeAlignment.create(app.getBean(LibraryService.class),
                    app.getBean(ReviewService.class), BEADS));
            System.out.printf(Locale.ROOT, "set-up: %,d beads stored in %.1f s%n", BEADS,
                    (System.nanoTime() - start) / 1e9);
            ReviewService review = app.getBean(ReviewService.class);
            double[] pageMillis = new double[7];
            for (int i = 0; i < pageMillis.length; i++) {
                long t = System.nanoTime();
                review.page(alignment, BeadFilter.ALL, BEADS / 2 + 101 * i, 100); // H2 reuses an identical query's result
                pageMillis[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(pageMillis);
            System.out.printf(Locale.ROOT, "server yardstick: a page of 100 beads from bead %,d on, median of 7: %.1f ms%n",
                    BEADS / 2, pageMillis[3]);
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            try (BrowserSession browser = new BrowserSession(port)) {
                browser.loginAs("admin", PASSWORD);
                browser.driver().manage().timeouts().scriptTimeout(Duration.ofMillis(2L * TIMEOUT_MILLIS));
                new EditorUiBenchmark().run(browser, alignment);
            }
        }
    }

    private final List<String> table = new ArrayList<>();

    private void run(BrowserSession browser, long alignment) throws IOException {
        System.out.println("browser: Chromium " + browser.driver().getCapabilities().getBrowserVersion()
                + ", window 1400x1000, headless");
        List<Result> opens = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            browser.open("alignments/" + alignment);
            opens.add(measure(browser, "none", 0, false));
        }
        row("open the editor, first load after start-up", List.of(opens.getFirst()));
        row("open the editor again (3 loads)", opens.subList(1, opens.size()));
        browser.waitFor(By.id("goto-bead"));

        row(String.format(Locale.ROOT, "go to bead %,d", BEADS / 2), List.of(measure(browser, "goto", BEADS / 2, false)));
        browser.screenshot("editor-bead-" + BEADS / 2);
        Map<String, Object> heapAtMiddle = metrics(browser);
        row("go to the last bead", List.of(measure(browser, "goto", BEADS, false)));
        List<Result> jumps = new ArrayList<>();
        for (int bead : new int[] {1_000, 12_345, 37_000, 49_000, 2}) {
            jumps.add(measure(browser, "goto", Math.min(bead, BEADS), false));
        }
        row("go to 5 more beads (1000, 12345, 37000, 49000, 2)", jumps);

        List<Result> steps = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            steps.add(measure(browser, "scroll", 600, true));
        }
        row("scroll down 600 px, 30 times in a row", steps);
        List<Result> drags = new ArrayList<>();
        for (double fraction : new double[] {0.5, 0.9, 0.1, 1.0, 0.3}) {
            drags.add(measure(browser, "scroll", fraction, false));
        }
        row("drag the scroll bar to 50/90/10/100/30 %", drags);

        Map<String, Object> heapAtEnd = metrics(browser);
        table.forEach(System.out::println);
        Result last = drags.getLast();
        System.out.printf(Locale.ROOT, "rows in the grid's DOM: %d (%d in view, %d cell contents); elements in the "
                + "page's light DOM: %d%n", last.rowsInDom, last.inView, last.cellContents, last.elements);
        System.out.printf(Locale.ROOT, "JS heap used: %.1f MB at bead 25,000, %.1f MB after all jumps and scrolls "
                        + "(total %.1f MB); DOM nodes (Chromium's count): %s%n",
                megabytes(heapAtMiddle, "JSHeapUsedSize"), megabytes(heapAtEnd, "JSHeapUsedSize"),
                megabytes(heapAtEnd, "JSHeapTotalSize"), count(heapAtEnd, "Nodes"));
    }

    private record Result(double millis, boolean ready, long rowsInDom, long inView, String first, String last,
                          long cellContents, long elements, long trips, double tripMillis) {
    }

    @SuppressWarnings("unchecked")
    private static Result measure(BrowserSession browser, String action, double value, boolean stepInPixels) {
        Map<String, Object> r = (Map<String, Object>) browser.driver().executeAsyncScript(MEASURE, action, value,
                stepInPixels, TIMEOUT_MILLIS, BEADS);
        Result result = new Result(((Number) r.get("millis")).doubleValue(), (Boolean) r.get("ready"),
                ((Number) r.get("rowsInDom")).longValue(), ((Number) r.get("inView")).longValue(),
                (String) r.get("first"), (String) r.get("last"), ((Number) r.get("cellContents")).longValue(),
                ((Number) r.get("elements")).longValue(), ((Number) r.get("trips")).longValue(),
                ((Number) r.get("tripMillis")).doubleValue());
        if (!result.ready) {
            System.out.println("  not ready after " + TIMEOUT_MILLIS + " ms: " + action + " " + value + " " + result);
        }
        return result;
    }

    private void row(String what, List<Result> results) {
        double[] millis = results.stream().mapToDouble(Result::millis).sorted().toArray();
        Result last = results.getLast();
        double[] tripMillis = results.stream().mapToDouble(Result::tripMillis).sorted().toArray();
        double trips = results.stream().mapToLong(Result::trips).average().orElse(0);
        table.add(String.format(Locale.ROOT, "%-52s median %6.0f ms  slowest %6.0f ms  (%2d)  server round trips: "
                        + "%.1f, median %5.0f ms in them  rows %s-%s in view%s",
                what, millis[millis.length / 2], millis[millis.length - 1], millis.length, trips,
                tripMillis[tripMillis.length / 2], last.first, last.last,
                results.stream().allMatch(Result::ready) ? "" : "   NOT ALL READY"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> metrics(BrowserSession browser) {
        browser.driver().executeCdpCommand("Performance.enable", Map.of());
        Map<String, Object> reply = browser.driver().executeCdpCommand("Performance.getMetrics", Map.of());
        Map<String, Object> byName = new HashMap<>();
        for (Map<String, Object> metric : (List<Map<String, Object>>) reply.get("metrics")) {
            byName.put((String) metric.get("name"), metric.get("value"));
        }
        return byName;
    }

    private static double megabytes(Map<String, Object> metrics, String name) {
        return ((Number) metrics.getOrDefault(name, 0)).doubleValue() / (1024 * 1024);
    }

    private static String count(Map<String, Object> metrics, String name) {
        Object value = metrics.get(name);
        return value == null ? "n/a" : String.valueOf(((Number) value).longValue());
    }
}
