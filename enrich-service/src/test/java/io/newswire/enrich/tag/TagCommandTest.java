package io.newswire.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TagCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Run(int exit, List<JsonNode> lines, String err) {
    }

    private static Run run(String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new TagCommand());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int exit = cmd.execute(args);
        List<JsonNode> lines = out.toString().lines().filter(l -> !l.isBlank()).map(l -> {
            try {
                return JSON.readTree(l);
            } catch (Exception e) {
                throw new IllegalStateException(l, e);
            }
        }).toList();
        return new Run(exit, lines, err.toString());
    }

    @Test
    void shouldWriteOnePredictionPerPassageInTheScorersFormat(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in.jsonl");
        Files.writeString(in, """
                {"id": "a", "text": "Talks resumed in Doha as the war that the Health Ministry said has killed 40,005 people went on."}

                {"id": "b", "text": "Between 20 and 30 people died in clashes, police said."}
                """);

        Run r = run(in.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.lines()).hasSize(2);
        JsonNode a = r.lines().get(0);
        assertThat(a.get("id").asText()).isEqualTo("a");
        assertThat(a.at("/talks/present").asBoolean()).isTrue();
        assertThat(a.at("/talks/venue").asText()).isEqualTo("Doha");
        assertThat(a.at("/casualties/0/count").asLong()).isEqualTo(40005);
        assertThat(a.at("/casualties/0/span").asText()).isEqualTo("has killed 40,005 people");
        assertThat(r.lines().get(1).at("/casualties/0/count").toString()).isEqualTo("[20,30]");
        assertThat(r.err()).contains("tagged 2 passages");
    }

    @Test
    void shouldUseTheGazetteerNamedOnTheCommandLine(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in.jsonl");
        Files.writeString(in, "{\"id\": \"x\", \"text\": \"Freedonian forces shelled Hamas positions.\"}\n");

        Run r = run("--gazetteer", Path.of("src", "test", "resources", "tag", "editor-gazetteer.yaml").toString(),
                in.toString());

        assertThat(r.lines().get(0).get("parties").toString()).isEqualTo("[\"Freedonia\"]");
    }

    @Test
    void shouldRejectALineWithoutText(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in.jsonl");
        Files.writeString(in, "{\"id\": \"x\"}\n");

        Run r = run(in.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(in + ":1: needs");
    }

    @Test
    void shouldNameTheFileAndLineOfALineThatIsNotJson(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in.jsonl");
        Files.writeString(in, "{\"id\": \"a\", \"text\": \"Talks resumed.\"}\nid=b text=oops\n");

        Run quiet = run(in.toString());
        Run verbose = run("-v", in.toString());

        assertThat(quiet.exit()).isEqualTo(2);
        assertThat(quiet.err().lines().toList()).singleElement().asString()
                .startsWith(in + ":2: not JSON");
        assertThat(verbose.err()).contains(in + ":2: not JSON").contains("\tat ");
    }

    @Test
    void shouldUseTheLexiconsNamedOnTheCommandLine(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in.jsonl");
        Files.writeString(in, "{\"id\": \"x\", \"text\": \"The army and the rebels clinched a truce on Monday.\"}\n");

        Run bundled = run(in.toString());
        Run edited = run("--lexicons", LexiconTest.editedLexicon(tmp).toString(), in.toString());

        assertThat(bundled.lines().get(0).at("/talks/status").asText()).isEqualTo("agreed");
        assertThat(edited.lines().get(0).at("/talks/status").asText()).isEqualTo("collapsed");
    }
}
