package io.newswire.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ParseFeedCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void shouldReportEachFileAcceptedWithEntriesOrRejectedWithItsReason(@TempDir Path dir) throws Exception {
        Path feeds = Files.createDirectories(dir.resolve("feeds"));
        Files.write(feeds.resolve("good.xml"), FeedParserTest.fixture("rss091-netscape.xml"));
        Files.write(feeds.resolve("hostile.xml"), FeedParserTest.fixture("billion-laughs.xml"));
        Files.writeString(feeds.resolve("README.md"), "not a feed");
        Path report = dir.resolve("report.tsv");

        int exitCode = execute("--report", report.toString(), feeds.toString());

        assertThat(exitCode).isZero();
        List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3).first().isEqualTo("path\tresult\tentries_or_reason\tmillis");
        assertThat(lines.get(1)).startsWith(feeds.resolve("good.xml") + "\taccepted\t1\t");
        assertThat(lines.get(2)).startsWith(feeds.resolve("hostile.xml") + "\trejected\trefused to expand entity");
        assertThat(out.toString()).startsWith("parse-feed: 2 files, accepted 1 (50.0%)").contains("slowest");
    }

    @Test
    void shouldNameAnHtmlPageAsHtml(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("error.html");
        Files.writeString(page, "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
                + "<body><h1>Bad Gateway</h1><p>Try again<br>later</p></body></html>");

        int exitCode = execute(page.toString());

        assertThat(exitCode).isZero();
        assertThat(out.toString()).contains(page + "\trejected\tan HTML page, not a feed");
    }

    @Test
    void shouldFailOnAMissingPath(@TempDir Path dir) {
        assertThat(execute(dir.resolve("absent.xml").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no such file or folder");
    }

    private int execute(String... args) {
        return new CommandLine(new ParseFeedCommand())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
    }
}
