package io.github.inamirules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestMarkup {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "<script>alert(1)</script> | &lt;script&gt;alert(1)&lt;/script&gt;",
            "a & b                     | a &amp; b",
            "`\"quoted\" and 'single'` | &quot;quoted&quot; and &#39;single&#39;",
            "&amp;                     | &amp;amp;",
            "séance €24,55             | séance €24,55"})
    void escapesTheFiveSpecialCharacters(String raw, String escaped) {
        assertThat(Markup.escape(raw)).isEqualTo(escaped);
    }

    @Test
    void hiddenCharactersBecomeSpacesAndBrokenOnesTheReplacementCharacter() {
        assertThat(Markup.escape("a\u0000b\u001b[31mc\rd")).isEqualTo("a b [31mc d");
        assertThat(Markup.escape("left\u202eright\u2066x")).isEqualTo("left right x");
        assertThat(Markup.escape("lone \ud800 high, \uffff")).isEqualTo("lone \ufffd high, \ufffd");
        assertThat(Markup.escape("pair \ud83d\ude00 kept")).isEqualTo("pair \ud83d\ude00 kept");
        assertThat(Markup.escape("line\nbreak\ttab")).isEqualTo("line\nbreak\ttab");
    }

    @Test
    void attributeValuesAreEscapedToo() {
        String html = new Markup().open("td", "data-session", "\"><script>x</script>").text("<b>").close("td")
                .toString();

        assertThat(html).isEqualTo("<td data-session=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\">&lt;b&gt;</td>");
    }

    @Test
    void onlyTheReportsOwnNamesAreElementOrAttributeNames() {
        assertThatThrownBy(() -> new Markup().open("td onclick=alert(1)")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Markup().empty("rect", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Markup().empty("rect", "x\"", "1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Markup().empty("svg", "viewBox", "0 0 1 1").toString()).isEqualTo("<svg viewBox=\"0 0 1 1\"/>");
    }

    @Test
    void onlyWebAddressesBecomeLinks() {
        assertThat(SessionTable.isWebAddress("https://www.inami.fgov.be/fr/a?b=1")).isTrue();
        assertThat(SessionTable.isWebAddress("HTTP://example.org")).isTrue();
        assertThat(SessionTable.isWebAddress("javascript:alert(1)")).isFalse();
        assertThat(SessionTable.isWebAddress("data:text/html,<script>")).isFalse();
        assertThat(SessionTable.isWebAddress("https://x.org\" onmouseover=\"a")).isFalse();
        assertThat(SessionTable.isWebAddress("physio.md P-21")).isFalse();
    }
}
