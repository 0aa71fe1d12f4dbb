package io.newswire.bench;

import io.newswire.enrich.extract.ExtractionBenchmark;
import io.newswire.enrich.tag.TaggingBenchmark;
import io.newswire.ingest.feed.FeedCorpusBenchmark;
import io.newswire.local.bench.EndToEndBenchmark;
import io.newswire.local.bench.PollingBenchmark;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code java -jar newswire-bench.jar NAME [ARGS...]}: runs one of the benchmarks of docs/benchmarks.md. */
public final class BenchMain {

    /** A benchmark's own {@code main}. */
    private interface Entry {
        void run(String[] args) throws Exception;
    }

    private static final Map<String, Entry> BENCHMARKS = new LinkedHashMap<>();

    static {
        BENCHMARKS.put("feed-corpus", FeedCorpusBenchmark::main);
        BENCHMARKS.put("extraction", ExtractionBenchmark::main);
        BENCHMARKS.put("tagging", TaggingBenchmark::main);
        BENCHMARKS.put("polling", PollingBenchmark::main);
        BENCHMARKS.put("end-to-end", EndToEndBenchmark::main);
    }

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Entry benchmark = args.length == 0 ? null : BENCHMARKS.get(args[0]);
        if (benchmark == null) {
            System.err.println("usage: java -jar newswire-bench.jar " + String.join("|", BENCHMARKS.keySet())
                    + " [ARGS...]  (see docs/benchmarks.md)");
            System.exit(2);
        }
        benchmark.run(Arrays.copyOfRange(args, 1, args.length));
    }
}
