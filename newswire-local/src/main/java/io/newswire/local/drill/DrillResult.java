package io.newswire.local.drill;

import java.io.PrintStream;
import java.util.List;

/** The outcome of a drill: what was published, the stage counts, what happened when, how each process ended. */
record DrillResult(DrillScript script, List<DrillCheck.Stage> stages, List<String> timeline, List<String> exits) {

    boolean passed() {
        return stages.stream().allMatch(DrillCheck.Stage::passed);
    }

    /** The report as Markdown, ready for docs/operations.md. */
    void print(PrintStream out) {
        out.println("Items published by kind: " + java.util.Arrays.stream(DrillScript.Kind.values())
                .map(kind -> kind.name().toLowerCase(java.util.Locale.ROOT) + " " + script.count(kind))
                .reduce((a, b) -> a + ", " + b).orElse("") + " (plus the demo feeds' own items)");
        out.println();
        out.println("| stage | in | out | lost | duplicated | |");
        out.println("|---|---:|---:|---:|---:|---|");
        for (DrillCheck.Stage stage : stages) {
            out.printf("| %s | %d | %d | %d | %d | %s |%n", stage.name(), stage.in(), stage.out(), stage.lost(),
                    stage.duplicated(), stage.passed() ? "ok" : "FAILED");
        }
        out.println();
        out.println("```");
        timeline.forEach(out::println);
        exits.forEach(out::println);
        out.println("```");
        out.println(passed() ? "DRILL PASSED" : "DRILL FAILED");
    }
}
