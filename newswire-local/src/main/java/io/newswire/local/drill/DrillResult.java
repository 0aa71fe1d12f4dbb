package io.newswire.local.drill;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The outcome of a drill: what was published, the stage counts, what happened when, how each instance did. */
record DrillResult(DrillScript script, List<DrillCheck.Stage> stages, List<String> timeline,
                   List<Instance> instances) {

    /** One service instance: its starts, exits it was not asked for, its work since its last start, its SIGTERM. */
    record Instance(String name, int starts, List<Integer> unexpectedExits, double work, int sigtermExit) {

        /** 143 is 128 + SIGTERM: the JVM's status after its shutdown hooks ran; -1: still running after 60 s. */
        boolean stoppedGracefully() {
            return sigtermExit == 0 || sigtermExit == 143;
        }
    }

    boolean passed() {
        return stages.stream().allMatch(DrillCheck.Stage::passed)
                && instances.stream().allMatch(Instance::stoppedGracefully);
    }

    /** The report as Markdown, ready for docs/operations.md. */
    void print(PrintStream out) {
        out.println("Items published by kind: " + Arrays.stream(DrillScript.Kind.values())
                .map(kind -> kind.name().toLowerCase(Locale.ROOT) + " " + script.count(kind))
                .collect(Collectors.joining(", ")) + " (plus the demo feeds' own items)");
        out.println();
        out.println("| stage | in | out | lost | duplicated | |");
        out.println("|---|---:|---:|---:|---:|---|");
        for (DrillCheck.Stage stage : stages) {
            out.printf("| %s | %d | %d | %d | %d | %s |%n", stage.name(), stage.in(), stage.out(), stage.lost(),
                    stage.duplicated(), stage.passed() ? "ok" : "FAILED");
        }
        stages.forEach(stage -> stage.examples().forEach(example -> out.println("- " + stage.name() + ": " + example)));
        out.println();
        out.println("| instance | starts | exits not asked for | work since last start | SIGTERM exit |");
        out.println("|---|---:|---|---:|---:|");
        for (Instance instance : instances) {
            out.printf(Locale.ROOT, "| %s | %d | %s | %.0f %s | %d |%n", instance.name(), instance.starts(),
                    instance.unexpectedExits().isEmpty() ? "none" : instance.unexpectedExits().toString(),
                    instance.work(), FaultDrill.WORK_COUNTERS.get(instance.name().substring(0,
                            instance.name().indexOf('-'))), instance.sigtermExit());
        }
        out.println();
        out.println("```");
        timeline.forEach(out::println);
        out.println("```");
        out.println(passed() ? "DRILL PASSED" : "DRILL FAILED");
    }
}
