package io.newswire.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.core.event.Party;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static Gazetteer yaml(String text) throws Exception {
        return Gazetteer.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldBundleTheConflictActorsOfTheSources() {
        Gazetteer g = Gazetteer.bundled();

        assertThat(g.entries()).extracting(GazetteerEntry::name).contains("Israel", "Hamas", "Sudan",
                "Sudan Liberation Army", "Islamic State", "Ulster Defence Association", "South Ossetia", "Hezbollah",
                "Houthis", "United Nations", "African Union", "Benjamin Netanyahu", "Muqtada al-Sadr");
        assertThat(g.entries()).hasSizeGreaterThan(200);
    }

    @Test
    void shouldLetAnEditorAddAnActorWithoutARebuild() {
        Path file = Path.of("src", "test", "resources", "tag", "editor-gazetteer.yaml");
        ArticleTagger tagger = new ArticleTagger(Gazetteer.fromFile(file));

        var tags = tagger.tag("Firefly said Freedonian troops would attend the talks in Sylvania City.");

        assertThat(tags.parties()).extracting(Party::name).containsExactly("Rufus T. Firefly", "Freedonia");
        assertThat(tags.parties().get(0).affiliation()).isEqualTo("Freedonia");
        assertThat(tags.talks().venue()).isEqualTo("Sylvania City");
    }

    @Test
    void shouldRejectAnUnknownKind() {
        assertThatThrownBy(() -> yaml("parties: [{name: X, kind: planet}]"))
                .hasStackTraceContaining("unknown kind planet");
    }

    @Test
    void shouldRejectAnAffiliationThatIsNotAnEntry() {
        assertThatThrownBy(() -> yaml("parties: [{name: A B, kind: person, affiliation: Nowhere}]"))
                .hasMessageContaining("affiliation Nowhere");
    }

    @Test
    void shouldRejectAMisspelledField() {
        assertThatThrownBy(() -> yaml("parties: [{name: X, kind: state, alias: [X]}]"))
                .hasMessageContaining("alias");
    }
}
