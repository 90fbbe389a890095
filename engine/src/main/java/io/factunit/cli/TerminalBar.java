package io.factunit.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** The bar itself, drawn by me.tongfei:progressbar on stderr and cleared when the run ends. */
final class TerminalBar {
    private final ProgressBar bar;

    TerminalBar(int stories) {
        bar = new ProgressBarBuilder().setTaskName("Checking").setInitialMax(stories).setUnit(" stories", 1)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).clearDisplayOnFinish().build();
    }

    void step() {
        bar.step();
    }

    void close() {
        bar.close();
    }
}
