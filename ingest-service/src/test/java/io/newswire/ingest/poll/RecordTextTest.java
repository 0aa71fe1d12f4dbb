package io.newswire.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RecordTextTest {

    @Test
    void shouldKeepTextThatFits() {
        assertThat(RecordText.of("<p>Truce\tholds\r\n</p>", 100)).isEqualTo(new RecordText("<p>Truce\tholds\r\n</p>", false));
    }

    @Test
    void shouldDropControlCharacters() {
        assertThat(RecordText.of("a\u0000b\u0007c\u001Fd", 100).text()).isEqualTo("abcd");
    }

    @Test
    void shouldCutAtTheByteLimitWithoutSplittingACharacter() {
        String text = "ab\u00e9\u00e9\uD83D\uDE00z"; // a b é é 😀 z: 1+1+2+2+4+1 bytes

        RecordText cut = RecordText.of(text, 9);

        assertThat(cut.truncated()).isTrue();
        assertThat(cut.text()).isEqualTo("ab\u00e9\u00e9");
        assertThat(cut.text().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(9);
    }

    @Test
    void shouldNotReportTruncationWhenTheBytesFitExactly() {
        String text = "\u00e9".repeat(10); // 20 bytes, 30 by the cheap bound

        assertThat(RecordText.of(text, 20)).isEqualTo(new RecordText(text, false));
    }
}
