package io.newswire.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.core.event.Party;
import io.newswire.core.event.Tags;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ArticleTaggerTest {

    private static final String TEXT = "Sudan Peace Talks Resume\nKHARTOUM (Reuters) - Sudan #39;s government resumed "
            + "talks with rebels who accused Khartoum of killing 75 civilians, the United Nations said.";

    @Test
    void shouldTagNothingInBlankText() {
        assertThat(Tagging.tag("  \n ").isEmpty()).isTrue();
        assertThat(Tagging.tag(null)).isEqualTo(Tags.NONE);
    }

    @Test
    void shouldPointEveryEvidenceAtTheVerbatimText() {
        Tags tags = Tagging.tag(TEXT);

        Party sudan = tags.parties().get(0);
        assertThat(TEXT.substring(sudan.evidence().start(), sudan.evidence().end())).isEqualTo("Sudan");
        assertThat(tags.talks().evidence()).allSatisfy(e -> assertThat(TEXT).contains(e.sentence()));
        assertThat(tags.casualties()).singleElement().satisfies(c ->
                assertThat(TEXT.substring(c.evidence().start(), c.evidence().end())).isEqualTo("killing 75 civilians"));
    }

    @Test
    void shouldGiveTheSameTagsWhenSharedBetweenThreads() throws Exception {
        ArticleTagger shared = ArticleTagger.withBundledGazetteer();
        List<String> texts = IntStream.range(0, 200).mapToObj(i -> TEXT.replace("75", String.valueOf(i + 2))).toList();
        List<Tags> expected = texts.stream().map(shared::tag).toList();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Tags>> futures = texts.stream().map(t -> pool.submit(() -> shared.tag(t))).toList();
            for (int i = 0; i < texts.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
