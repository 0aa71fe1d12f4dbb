package io.newswire.enrich.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code extract [--out FILE.json] PATH...}: the clean text of saved pages (.html or .html.gz files, or folders of
 * them). Without --out the text goes to stdout; with it, a JSON file in the article-extraction benchmark's format
 * {@code {"<id>": {"articleBody": "..."}}}. Progress and a summary go to stderr.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the clean article text of saved pages (.html or .html.gz, files or folders).")
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Page files or folders of pages.")
    private List<Path> paths;

    @Option(names = "--out", paramLabel = "FILE.json",
            description = "Write {\"<id>\": {\"articleBody\": \"...\"}} to this file instead of printing the text.")
    private Path out;

    @Spec
    private CommandSpec spec;

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        List<HtmlPages.Page> pages = HtmlPages.find(paths);
        Map<String, String> bodies = new TreeMap<>();
        Map<Extraction.Status, Integer> statuses = new TreeMap<>();
        int failures = 0;
        int done = 0;
        for (HtmlPages.Page page : pages) {
            String html;
            try {
                html = page.read();
            } catch (IOException e) {
                stderr.println("cannot read " + page.path() + ": " + e.getMessage());
                failures++;
                continue;
            }
            Extraction result = extractor.extract(html, "");
            statuses.merge(result.status(), 1, Integer::sum);
            bodies.put(page.id(), result.body());
            if (out == null) {
                if (pages.size() > 1) {
                    stdout.println("==> " + page.path() + " <==");
                }
                stdout.println(result.body());
                stdout.flush();
            }
            if (result.status() != Extraction.Status.OK) {
                stderr.println(page.path() + ": " + result.status() + " (" + result.reason() + ")");
            }
            done++;
            if (pages.size() > 1 && done % 25 == 0) {
                stderr.printf("%d/%d pages%n", done, pages.size());
            }
        }
        if (out != null) {
            writeJson(bodies);
        }
        stderr.printf("extracted %d of %d pages (%s), %d unreadable%s%n", done, pages.size(), statuses, failures,
                out == null ? "" : "; wrote " + out);
        stderr.flush();
        return failures == 0 ? 0 : 1;
    }

    private void writeJson(Map<String, String> bodies) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        bodies.forEach((id, body) -> root.putObject(id).put("articleBody", body));
        mapper.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), root);
    }
}
