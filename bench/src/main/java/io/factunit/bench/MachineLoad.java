package io.factunit.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU used by this process, and by the whole machine, over a measured span. On a shared machine other
 * work takes cores from the benchmark; these figures show how much, so a slow step can be told from a
 * busy machine. The machine figure reads /proc/stat (Linux); elsewhere it is -1.
 */
final class MachineLoad {
    /** Over the span: this process's CPU time, and the average number of busy cores on the machine. */
    record Usage(long processCpuNanos, double busyCores) {
    }

    private final long cpu;
    private final long[] stat;

    private MachineLoad() {
        cpu = processCpu();
        stat = procStat();
    }

    static MachineLoad start() {
        return new MachineLoad();
    }

    Usage stop() {
        long[] now = procStat();
        double busy = -1;
        if (stat != null && now != null && now[1] > stat[1]) {
            busy = Runtime.getRuntime().availableProcessors() * (double) (now[0] - stat[0]) / (now[1] - stat[1]);
        }
        return new Usage(processCpu() - cpu, busy);
    }

    private static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /** Busy and total jiffies of all CPUs, or null. */
    private static long[] procStat() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            long idle = 0;
            for (int i = 1; i < fields.length && i <= 8; i++) {
                long value = Long.parseLong(fields[i]);
                total += value;
                if (i == 4 || i == 5) { // idle, iowait
                    idle += value;
                }
            }
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
