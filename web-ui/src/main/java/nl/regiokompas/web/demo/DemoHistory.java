package nl.regiokompas.web.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import nl.regiokompas.api.framework.FrameworkContent;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * A lived-in history over the past years: the themes' first cycles begin {@code cycles} years (and a
 * month) ago, two weeks apart, and every next cycle a year later, so that the last one ends before today.
 * Then one complete form weighing over the first two themes ({@link DemoWeighingScript}). Written under the
 * {@link DemoClock}, which is put back afterwards.
 */
final class DemoHistory {

    private static final Duration THEME_STAGGER = Duration.ofDays(14);
    private static final Duration MARGIN = Duration.ofDays(30);
    /** Vorm volgt inhoud: one form weighing over the first confirmed themes, after their last cycle. */
    private static final int WEIGHED_THEMES = 2;

    private final CommandGateway commands;
    private final FrameworkContent framework;
    private final long seed;

    DemoHistory(CommandGateway commands, FrameworkContent framework, long seed) {
        this.commands = commands;
        this.framework = framework;
        this.seed = seed;
    }

    /** What a demo history wrote: an assessment per theme, in the themes' order, and the form weighing if any. */
    record Written(List<String> assessmentIds, Optional<String> weighingId) {
    }

    /** Writes {@code cycles} cycles of each of these themes, then the form weighing of the first ones. */
    Written write(List<FrameworkContent.Theme> themes, int cycles) {
        Instant now = Instant.now();
        Instant origin = now.minus(DemoHistoryScript.CYCLE.multipliedBy(cycles)).minus(MARGIN);
        DemoHistoryScript script = new DemoHistoryScript(commands, framework, new Random(seed));
        return DemoClock.during(() -> {
            List<String> assessmentIds = new ArrayList<>();
            Instant last = origin;
            for (int i = 0; i < themes.size(); i++) {
                Instant start = origin.plus(THEME_STAGGER.multipliedBy(i));
                assessmentIds.add(script.writeTheme(themes.get(i), cycles, start, now));
                last = last.isAfter(script.lastMoment()) ? last : script.lastMoment();
            }
            List<String> weighed = themes.stream().limit(WEIGHED_THEMES).map(FrameworkContent.Theme::code).toList();
            if (weighed.isEmpty() || framework.formCriteria().isEmpty()) {
                return new Written(assessmentIds, Optional.empty());
            }
            return new Written(assessmentIds,
                    Optional.of(new DemoWeighingScript(commands, framework, new Random(seed)).write(weighed, last, now)));
        });
    }
}
