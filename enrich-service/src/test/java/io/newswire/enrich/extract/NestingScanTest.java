package io.newswire.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NestingScanTest {

    @Test
    void shouldFindWhereNestingPassesTheLimit() {
        String page = "<html><body>" + "<div>".repeat(10) + "text" + "</div>".repeat(10) + "</body></html>";

        assertThat(NestingScan.overflowAt(page, 10)).isEqualTo(-1);
        assertThat(NestingScan.overflowAt(page, 9)).isEqualTo("<html><body>".length() + 9 * "<div>".length());
    }

    @Test
    void shouldNotCountVoidSelfClosingOrOptionallyClosedTags() {
        String page = "<div>" + "<br><img src=a.jpg><path d=\"M0\"/><p>para<li>item".repeat(500) + "</div>";

        assertThat(NestingScan.overflowAt(page, 2)).isEqualTo(-1);
    }

    @Test
    void shouldSkipScriptBodiesAndComments() {
        String page = "<div><script>var s = '" + "<div>".repeat(50) + "';</script><!-- " + "<div>".repeat(50)
                + " --><p>text</p></div>";

        assertThat(NestingScan.overflowAt(page, 3)).isEqualTo(-1);
    }
}
