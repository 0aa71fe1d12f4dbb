package io.newswire.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
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
    void shouldScoreAgainstTheManifestAndUseItsContentType(@TempDir Path dir) throws Exception {
        byte[] koi8 = ("<rss version=\"2.0\"><channel><title>Новости</title><item><guid>urn:a</guid></item>"
                + "</channel></rss>").getBytes(Charset.forName("KOI8-R"));
        Files.write(dir.resolve("koi8.xml"), koi8);
        Files.writeString(dir.resolve("broken.xml"), "<html><body>Moved</body></html>");
        Files.writeString(dir.resolve(CorpusManifest.FILE_NAME), String.join("\n",
                "path\tsource\tsuite\tformat\texpect\tcontent_type\tbytes\tgroup\texpect_encoding",
                "koi8.xml\tfeedparser\tencoding\trss-2.0\tnot-bozo\ttext/xml; charset=koi8-r\t1\tx\t-",
                "broken.xml\tfeedparser\tillformed\trss-2.0\tbozo\t-\t1\tx\t-"));

        int exitCode = execute(dir.toString());

        assertThat(exitCode).isZero();
        assertThat(out.toString()).contains(dir.resolve("koi8.xml") + "\taccepted\t1\t")
                .contains(dir.resolve("broken.xml") + "\trejected\tnot a feed: Invalid document")
                .contains("feedparser not-bozo accepted 1/1 (100.0%)");
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
