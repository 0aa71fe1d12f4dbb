package io.newswire.enrich.tag;

import static io.newswire.enrich.tag.Tagging.tag;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.core.event.Casualty;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributionTest {

    private static List<String> sources(String text) {
        return tag(text).casualties().stream().map(Casualty::attributedTo).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // one canonical name however the Gaza ministry is written
        "An air strike killed 30 people, the Health Ministry in Gaza said.",
        "Gaza's health ministry said 45 people had been killed overnight.",
        "The Hamas-run health ministry said 12 people were killed in the strike.",
        "The war has killed 20,000 people, according to the Gaza Health Ministry. The ministry added that 50 were killed on Sunday.",
    })
    void shouldNameTheGazaHealthMinistryOneWay(String text) {
        assertThat(sources(text)).isNotEmpty().containsOnly("Gaza Health Ministry");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a pronoun or a description stands for the source named before
        "The Syrian Observatory for Human Rights said 20 people died in Idlib. It said 15 others were wounded.|Syrian Observatory for Human Rights",
        "The Syrian Observatory for Human Rights reported clashes. Over 300 civilians have been killed since May, the Britain-based monitor said.|Syrian Observatory for Human Rights",
        // ... or after, when the passage names it later
        "The toll has risen to at least 40, a monitoring group said. The Syrian Observatory for Human Rights said the strike hit a market.|Syrian Observatory for Human Rights",
        // a list continues its source into the next sentence
        "According to the Committee to Protect Journalists, 61 journalists were killed. As well as 11 journalists injured.|Committee to Protect Journalists",
        // a source after its verb, and one with a relative clause
        "An air strike near the hospital killed at least 10 civilians, said the Syrian Observatory for Human Rights.|Syrian Observatory for Human Rights",
        "The Idlib Media Center which reports on the province said at least six people had been killed.|Idlib Media Center",
        // an alias of a known body is its canonical name
        "More than 10 million people have been displaced, according to the UN.|United Nations",
    })
    void shouldResolveSourcesAcrossSentences(String text, String source) {
        assertThat(sources(text)).isNotEmpty().containsOnly(source);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Four soldiers were reported to be wounded in the shelling.",
        "Six people were killed and 30 wounded in the blast on Monday.",
    })
    void shouldGiveNoSourceWhenNoneIsStated(String text) {
        assertThat(sources(text)).isNotEmpty().containsOnlyNulls();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Six people were killed in the blast. State TV said the blast in the market killed six people.",
        "Ten soldiers died in the ambush on Friday. The army said ten soldiers died in the ambush.",
    })
    void shouldKeepARestatedFactOnceWithItsSource(String text) {
        assertThat(tag(text).casualties()).hasSize(1);
        assertThat(sources(text).get(0)).isNotNull();
    }
}
