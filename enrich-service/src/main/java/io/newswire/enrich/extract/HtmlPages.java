package io.newswire.enrich.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** Saved pages on disk: {@code .html} or {@code .html.gz} files, read as UTF-8, named by file name. */
final class HtmlPages {

    /** One saved page: its id (the file name without .html/.html.gz) and its path. */
    record Page(String id, Path path) {
        String read() throws IOException {
            try (InputStream in = Files.newInputStream(path)) {
                InputStream body = path.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
                return new String(body.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    private HtmlPages() {
    }

    static boolean isPage(Path p) {
        String name = p.getFileName().toString();
        return Files.isRegularFile(p) && (name.endsWith(".html") || name.endsWith(".html.gz"));
    }

    static String idOf(Path p) {
        String name = p.getFileName().toString();
        return name.replaceFirst("\\.html(\\.gz)?$", "");
    }

    /** Pages under the given files and folders (folders walked recursively), in name order per folder. */
    static List<Page> find(List<Path> paths) {
        List<Page> pages = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(HtmlPages::isPage).sorted().forEach(f -> pages.add(new Page(idOf(f), f)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                pages.add(new Page(idOf(p), p));
            }
        }
        return pages;
    }
}
