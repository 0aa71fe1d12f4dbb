package io.newswire.enrich.tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tag [FILE]}: reads JSON Lines with {@code id} and {@code text} (stdin when no file is given) and writes
 * one prediction line per passage in the format score_tags.py reads. Progress goes to stderr.
 */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = "Tag talks, casualties and parties in JSONL passages ({id, text}); prints one prediction per line.")
public final class TagCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "JSONL input (default: stdin)")
    Path file;

    @Option(names = "--gazetteer", paramLabel = "FILE", description = "YAML gazetteer replacing the bundled one")
    Path gazetteer;

    @Option(names = "--lexicons", paramLabel = "FILE", description = "YAML lexicons replacing the bundled ones")
    Path lexicons;

    @Option(names = "-v", description = "Print the stack trace of an input error")
    boolean verbose;

    @Spec
    CommandSpec spec;

    private String inputName() {
        return file == null ? "<stdin>" : file.toString();
    }

    @Override
    public Integer call() throws Exception {
        ArticleTagger tagger = new ArticleTagger(Gazetteer.load(gazetteer), Lexicon.load(lexicons));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int passages = 0;
        int withTalks = 0;
        int casualties = 0;
        int parties = 0;
        long started = System.nanoTime();
        try (InputStream in = file == null ? System.in : Files.newInputStream(file);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row;
                try {
                    row = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    err.printf("%s:%d: not JSON: %s%n", inputName(), lineNo, e.getOriginalMessage());
                    if (verbose) {
                        e.printStackTrace(err);
                    }
                    return 2;
                }
                if (!row.hasNonNull("id") || !row.hasNonNull("text")) {
                    err.printf("%s:%d: needs \"id\" and \"text\"%n", inputName(), lineNo);
                    return 2;
                }
                String text = row.get("text").asText();
                var tags = tagger.tag(text);
                out.println(JSON.writeValueAsString(Prediction.of(row.get("id").asText(), text, tags)));
                passages++;
                withTalks += tags.talks().present() ? 1 : 0;
                casualties += tags.casualties().size();
                parties += tags.parties().size();
                if (passages % 1000 == 0) {
                    err.printf("tagged %d passages%n", passages);
                }
            }
        }
        out.flush();
        err.printf("tagged %d passages in %d ms: %d with talks, %d casualty figures, %d parties%n", passages,
                (System.nanoTime() - started) / 1_000_000, withTalks, casualties, parties);
        return 0;
    }
}
