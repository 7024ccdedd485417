package io.github.inamirules.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Texts holding markup — in a session id, a reason, a counter, a band, the title — stay text. */
class TestHostilePage {
    private static final String HTML = YearReport.of(Histories.hostile(), Locale.ENGLISH).withTitle(Histories.HOSTILE)
            .html(2025);

    @Test
    void theMarkupOfTextsIsShownNotRun() {
        PageDom page = PageDom.parse(HTML);

        assertThat(page.all("//script")).isEmpty();
        assertThat(page.all("//img")).isEmpty();
        assertThat(page.all("//b")).isEmpty();
        assertThat(page.all("//i")).isEmpty();
        assertThat(page.attributeNames()).noneMatch(n -> n.startsWith("on"));
        assertThat(page.one("/html/body/header/h1").getTextContent()).isEqualTo(Histories.HOSTILE);
        assertThat(page.all("//g[contains(concat(' ', @class, ' '), ' bar ')]"))
                .extracting(b -> b.getAttribute("data-session")).containsExactly(Histories.HOSTILE, "ok-1");
        assertThat(page.one("//tr[@class='session refused']/td[1]").getTextContent()).isEqualTo(Histories.HOSTILE);
        assertThat(page.one("//li[@class='used-up-by']").getTextContent())
                .isEqualTo("Used up by session </td><script>alert(2)</script>.");
        assertThat(page.one("//figure[contains(@class, 'gauge')]").getAttribute("data-counter"))
                .isEqualTo(Histories.HOSTILE);
        assertThat(page.text()).contains("episode e <i>", "<b>band</b> (3)");
    }

    @Test
    void theSourceOfAReasonIsALinkOnlyIfItIsAWebAddress() {
        PageDom page = PageDom.parse(HTML);

        assertThat(page.all("//a")).isEmpty();
        assertThat(HTML).doesNotContain("javascript:").doesNotContain("<script").doesNotContain("\u202e");
    }
}
