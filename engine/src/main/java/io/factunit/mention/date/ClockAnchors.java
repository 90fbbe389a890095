package io.factunit.mention.date;

import io.factunit.mention.date.DateScanner.Candidate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Gives a clock time the day written next to it: "8:30 a.m. on Thursday", "Thursday at 8:30 a.m.". Both stay
 * mentions of their own (TimeML extents), but the time's value becomes that day's; a clock time with no day
 * beside it is on the publication day.
 */
final class ClockAnchors {
    private static final Pattern CLOCK_THEN_DAY = Pattern.compile(",?\\s+(?:on\\s+)?");
    private static final Pattern DAY_THEN_CLOCK = Pattern.compile(",?\\s+(?:at\\s+)?");

    private ClockAnchors() {
    }

    static List<Candidate> anchor(CharSequence text, List<Candidate> candidates) {
        List<Candidate> result = new ArrayList<>(candidates);
        for (int i = 0; i < result.size(); i++) {
            Candidate clock = result.get(i);
            if (!isBareClock(clock.expression())) {
                continue;
            }
            DateExpression day = null;
            if (i + 1 < result.size() && isDay(result.get(i + 1).expression())
                    && CLOCK_THEN_DAY.matcher(text.subSequence(clock.end(), result.get(i + 1).start())).matches()) {
                day = result.get(i + 1).expression();
            } else if (i > 0 && isDay(result.get(i - 1).expression())
                    && DAY_THEN_CLOCK.matcher(text.subSequence(result.get(i - 1).end(), clock.start())).matches()) {
                day = result.get(i - 1).expression();
            }
            if (day != null) {
                DateExpression.TimeOfDay time = (DateExpression.TimeOfDay) clock.expression();
                result.set(i, new Candidate(clock.start(), clock.end(),
                        new DateExpression.TimeOfDay(day, null, time.hour(), time.minute())));
            }
        }
        return result;
    }

    private static boolean isBareClock(DateExpression expression) {
        return expression instanceof DateExpression.TimeOfDay t && t.part() == null
                && t.day() instanceof DateExpression.DayOffset d && d.days() == 0;
    }

    /** One day: a weekday, "today", or a date with month and day. */
    private static boolean isDay(DateExpression expression) {
        return expression instanceof DateExpression.Weekday || expression instanceof DateExpression.DayOffset
                || (expression instanceof DateExpression.Calendar c && c.parts().day() > 0);
    }
}
