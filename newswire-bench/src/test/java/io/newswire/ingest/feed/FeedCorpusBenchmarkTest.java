package io.newswire.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class FeedCorpusBenchmarkTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

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
                .contains(dir.resolve("broken.xml") + "\trejected\tan HTML page, not a feed")
                .contains("feedparser not-bozo accepted 1/1 (100.0%)");
    }

    @Test
    void shouldFailOnAMissingPath(@TempDir Path dir) {
        assertThat(execute(dir.resolve("absent").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no such file or folder");
    }

    private int execute(String... args) {
        return new CommandLine(new FeedCorpusBenchmark())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
    }
}
