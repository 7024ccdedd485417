package io.github.inamirules.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code assess --format html} opened in a real headless Chromium: the page renders (a screenshot of
 * the expected size with a chart in it), and the DOM the browser built has one bar per session, the
 * gauges, and the totals of the JSON report. Where Chromium is not installed, the tests are skipped
 * and say so.
 */
class TestHtmlInChromium {
    /** The page's insurance colour (page.css {@code --insurance}), which only the bars have. */
    private static final int INSURANCE_BLUE = 0x2b6cb0;
    /** The hatch of refused sessions (page.css {@code rect.hatch-bg}). */
    private static final int REFUSED_PINK = 0xfed7d7;
    private static final Pattern BAR = Pattern.compile("<g class=\"bar (priced|refused|unpriced)\"");

    @TempDir
    static Path work;
    private static Optional<HeadlessChromium> found;
    private HeadlessChromium chromium;

    @BeforeAll
    static void findChromium() {
        found = HeadlessChromium.find(work);
    }

    /** Each test, not the class, is skipped with the reason, so the report counts and shows them. */
    @BeforeEach
    void needsChromium() {
        assumeTrue(found.isPresent(), "Chromium is not installed (Debian package 'chromium', /usr/bin/chromium): "
                + "the HTML page is not checked in a browser");
        chromium = found.get();
    }

    @Test
    void aYearOfSessionsOpensWithOneBarPerSession() throws Exception {
        String year = CliRun.resource("html/year-2025.yaml");
        JsonNode json = new ObjectMapper().readTree(CliRun.of("assess", year, "--format", "json").out())
                .get("scenarios").get(0);
        Path page = page("year", CliRun.of("assess", year, "--format", "html"));

        BufferedImage screenshot = chromium.screenshot(page);
        assertThat(screenshot.getWidth()).isEqualTo(HeadlessChromium.WIDTH);
        assertThat(screenshot.getHeight()).isEqualTo(HeadlessChromium.HEIGHT);
        Set<Integer> colours = colours(screenshot);
        assertThat(colours).as("a page with text, a chart and gauges, not a blank one").hasSizeGreaterThan(50)
                .contains(INSURANCE_BLUE, REFUSED_PINK);

        String dom = chromium.dumpDom(page);
        int sessions = json.get("decisions").size();
        assertThat(sessions).isEqualTo(83);
        assertThat(count(BAR, dom)).isEqualTo(sessions);
        assertThat(count(Pattern.compile("<g class=\"bar refused\""), dom)).isEqualTo(8);
        assertThat(count(Pattern.compile("<g class=\"bar unpriced\""), dom)).isEqualTo(3);
        assertThat(count(Pattern.compile("<tr class=\"session "), dom)).isEqualTo(sessions);
        assertThat(count(Pattern.compile("<figure class=\"gauge "), dom)).isEqualTo(json.get("entitlements").size())
                .isPositive();
        assertThat(dom).contains("data-counter=\"PHYSIO_DEPASSEMENT\"", "<details>");
        JsonNode totals = json.get("totals");
        for (String amount : new String[] {"fee", "insurance", "patientShare", "supplement"}) {
            assertThat(dom).contains("data-total=\"" + amount + "\" data-amount=\"" + totals.get(amount).asText()
                    + "\"");
        }
        assertThat(dom).contains("data-total=\"refused\">" + totals.get("refused").asInt() + "<",
                "data-total=\"unpriced\">" + totals.get("unpriced").asInt() + "<");
    }

    @Test
    void textsHoldingMarkupAreShownNotRun() throws Exception {
        Path page = page("hostile", CliRun.of("assess", CliRun.resource("html/hostile.yaml"), "--format", "html"));

        String dom = chromium.dumpDom(page);

        assertThat(dom).doesNotContain("<script", "<img", "pwned</title>", "patient-secret-7", "1961");
        assertThat(dom).contains("<title>&lt;script&gt;document.title='pwned'&lt;/script&gt; &amp; co \u2013 Year 2025"
                + "</title>", "<td>&lt;/td&gt;&lt;script&gt;alert(2)&lt;/script&gt;-1</td>");
        assertThat(count(BAR, dom)).isEqualTo(3);
    }

    private static Path page(String name, CliRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path file = work.resolve(name + ".html");
        Files.writeString(file, run.out(), StandardCharsets.UTF_8);
        return file;
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static Set<Integer> colours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        return colours;
    }
}
