package io.newswire.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {

    private static String bundledText() throws Exception {
        try (InputStream in = Lexicon.class.getResourceAsStream(Lexicon.BUNDLED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** An editor's copy of the lexicon that reads "clinch" as a collapse instead of an agreement. */
    static Path editedLexicon(Path dir) throws Exception {
        String text = bundledText().replace("\"seal\", \"clinch\",", "\"seal\",")
                .replace("collapsed: [\"collapse\",", "collapsed: [\"collapse\", \"clinch\",");
        Path file = dir.resolve("lexicons.yaml");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void shouldChangeTheTagsWithALexiconFileGivenInConfig(@TempDir Path tmp) throws Exception {
        String text = "The army and the rebels clinched a truce on Monday.";

        String bundled = ArticleTagger.withBundledGazetteer().tag(text).talks().status();
        String edited = new ArticleTagger(Gazetteer.bundled(), Lexicon.load(editedLexicon(tmp))).tag(text)
                .talks().status();

        assertThat(bundled).isEqualTo("agreed");
        assertThat(edited).isEqualTo("collapsed");
    }

    @Test
    void shouldRejectALexiconWithAnUnknownStatus(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("bad.yaml");
        Files.writeString(file, bundledText().replace("  stalled:", "  stuck:"));

        assertThatThrownBy(() -> Lexicon.fromFile(file)).hasMessageContaining("stuck");
    }
}
