package io.factunit.check;

import java.util.ArrayList;
import java.util.List;

/** The Drools global that rule consequences hand their verdicts to. One per session. */
final class ResultSink {
    private final List<CheckResult> results = new ArrayList<>();

    public void add(CheckResult result) {
        results.add(result);
    }

    public void addAll(List<CheckResult> verdicts) {
        results.addAll(verdicts);
    }

    List<CheckResult> results() {
        return results;
    }
}
