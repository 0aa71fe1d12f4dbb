package io.newswire.ingest.feed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code manifest.tsv} of a feed corpus (columns path, source, suite, format, expect, content_type, …): it
 * supplies the Content-Type each captured file was served with and which files a reference parser found
 * well-formed ("not-bozo"), so {@code parse-feed} can score itself against them.
 */
record CorpusManifest(Map<Path, Row> rows) {

    static final String FILE_NAME = "manifest.tsv";

    record Row(String source, String expect, String contentType) {

        boolean isNotBozoFeedparser() {
            return "feedparser".equals(source) && "not-bozo".equals(expect);
        }
    }

    /** The manifest in {@code start} or the nearest folder above it, if any. */
    static Optional<CorpusManifest> find(Path start) throws IOException {
        for (Path dir = Files.isDirectory(start) ? start : start.getParent(); dir != null; dir = dir.getParent()) {
            Path manifest = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(manifest)) {
                return Optional.of(read(manifest));
            }
        }
        return Optional.empty();
    }

    static CorpusManifest read(Path manifest) throws IOException {
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return new CorpusManifest(Map.of());
        }
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int path = header.indexOf("path");
        int source = header.indexOf("source");
        int expect = header.indexOf("expect");
        int contentType = header.indexOf("content_type");
        Path root = manifest.toAbsolutePath().normalize().getParent();
        Map<Path, Row> rows = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            if (path < 0 || cells.length <= Math.max(path, Math.max(source, Math.max(expect, contentType)))) {
                continue;
            }
            rows.put(root.resolve(cells[path]).normalize(), new Row(cell(cells, source), cell(cells, expect),
                    cell(cells, contentType)));
        }
        return new CorpusManifest(Map.copyOf(rows));
    }

    Optional<Row> row(Path file) {
        return Optional.ofNullable(rows.get(file.toAbsolutePath().normalize()));
    }

    private static String cell(String[] cells, int index) {
        if (index < 0) {
            return null;
        }
        String value = cells[index].strip();
        return value.isEmpty() || "-".equals(value) ? null : value;
    }
}
