package io.github.inamirules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** {@code --format html} without a browser: the pages are read with the JDK's XML parser. */
class TestHtmlFormat {
    private static final String BARS = "//*[local-name()='g'][contains(concat(' ', @class, ' '), ' bar ')]";

    @Test
    void oneScenarioOfOneYearIsPrintedAsOnePage() throws Exception {
        CliRun run = CliRun.of("assess", CliRun.resource("html/year-2025.yaml"), "--format", "html");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
        Document page = parse(run.out());
        assertThat(select(page, BARS).getLength()).isEqualTo(83);
        assertThat(select(page, "//tr[contains(@class, 'session')]").getLength()).isEqualTo(83);
        assertThat(select(page, "//figure[contains(@class, 'gauge')]").getLength()).isEqualTo(5);
        assertThat(select(page, "/html/head/title").item(0).getTextContent())
                .isEqualTo("A year of low-back pain and a knee \u2013 Year 2025");
    }

    @Test
    void thePageSpeaksTheLanguageAsked() {
        CliRun run = CliRun.of("assess", CliRun.resource("html/year-2025.yaml"), "--format", "html", "--lang", "fr");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("<html lang=\"fr\">", "Ticket modérateur", "24,55 €",
                "courante, séances 1-9 (3)", "au-delà des 18 séances courantes", "Année 2025");
        assertThat(run.out()).as("no English words for people; machine attributes stay as they are")
                .doesNotContain("Patient share", "Insurance", ">reimbursed<", "Year 2025", "€24.55");
    }

    @Test
    void severalPagesNeedAFolder() {
        CliRun run = CliRun.of("assess", CliRun.exampleFile(), "--format", "html");

        assertThat(run.exitCode()).isEqualTo(InamiRulesCli.EXIT_INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("error: 2 pages (one per scenario and year with sessions): write "
                + "them to a folder with --out DIR, or choose one scenario with --scenario NAME");
    }

    @Test
    void aFolderGetsOnePagePerScenarioAndYear(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("pages");

        CliRun run = CliRun.of("assess", CliRun.exampleFile(), "--format", "html", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path first = out.resolve("courante-low-back-pain-conventioned-then-non-conventioned-pr-2025.html");
        Path second = out.resolve("fa-knee-after-surgery-without-a-published-fee-2025.html");
        assertThat(run.outLines()).containsExactly(first.toString(), second.toString());
        assertThat(select(parse(Files.readString(first, StandardCharsets.UTF_8)), BARS).getLength()).isEqualTo(21);
        assertThat(select(parse(Files.readString(second, StandardCharsets.UTF_8)), BARS).getLength()).isEqualTo(3);
    }

    @Test
    void aFolderIsOnlyForHtml(@TempDir Path dir) {
        CliRun run = CliRun.of("assess", CliRun.exampleFile(), "--format", "csv", "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(InamiRulesCli.EXIT_INVALID_INPUT);
        assertThat(run.errLines()).containsExactly("error: --out DIR is for --format html; csv is printed");
    }

    @Test
    void sameScenarioNamesGetNumberedFiles() {
        assertThat(HtmlReport.fileName("Séance à domicile: Fa/Fb (2025)")).isEqualTo("seance-a-domicile-fa-fb-2025");
        assertThat(HtmlReport.fileName("<script>")).isEqualTo("script");
        assertThat(HtmlReport.fileName("../../etc/passwd")).isEqualTo("etc-passwd");
        assertThat(HtmlReport.fileName("日本")).isEqualTo("scenario");
    }

    @Test
    void aSimulationIsPrintedAsAPage() throws Exception {
        CliRun run = CliRun.of("simulate", "--profession", "physiotherapy", "--kind", "courante", "--sessions", "30",
                "--from", "2025-03-03", "--format", "html", "--lang", "nl");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(select(parse(run.out()), BARS).getLength()).isEqualTo(30);
        assertThat(run.out()).contains("<html lang=\"nl\">", "Remgeld");
    }

    @Test
    void noPatientDataIsPrinted() {
        CliRun run = CliRun.of("assess", CliRun.resource("html/hostile.yaml"), "--format", "html");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).doesNotContain("patient-secret-7", "1961", "<script").contains("&lt;script&gt;");
    }

    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    private static NodeList select(Document page, String xpath) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, page, XPathConstants.NODESET);
    }
}
