package nl.regiokompas.web.benchmark;

import java.io.PrintStream;
import java.util.Locale;

/** One line that says where the run stands; rewritten in place on a terminal, a line per step in a log. */
final class Progress {

    private final PrintStream out;
    private final boolean terminal = System.console() != null;
    private final long started = System.nanoTime();
    private final int steps;
    private int step;
    private String phase = "";

    Progress(PrintStream out, int steps) {
        this.out = out;
        this.steps = steps;
    }

    void phase(String name) {
        step++;
        phase = name;
        show("");
    }

    void detail(String detail) {
        if (terminal) {
            show(detail);
        }
    }

    long elapsedSeconds() {
        return (System.nanoTime() - started) / 1_000_000_000L;
    }

    void done() {
        if (terminal) {
            out.print("\r\033[K");
        }
        out.flush();
    }

    private synchronized void show(String detail) {
        String line = String.format(Locale.ROOT, "[%d/%d %3d s] %s%s", step, steps, elapsedSeconds(), phase,
                detail.isEmpty() ? "" : ": " + detail);
        if (terminal) {
            out.print("\r\033[K" + line);
        } else {
            out.println(line);
        }
        out.flush();
    }
}
