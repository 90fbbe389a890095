package io.factunit.corpus;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Figures as news writes them, changed by a factor and written back the same way ("20,000", "1.9", "240"). */
final class Figures {
    private Figures() {
    }

    /**
     * {@code written} times {@code factor}, kept to the precision it was written with (at least two significant
     * digits, so round figures stay round but still vary), with the same decimals and thousands separators.
     */
    static String scale(String written, double factor) {
        String digits = written.replace(",", "");
        int dot = digits.indexOf('.');
        int decimals = dot < 0 ? 0 : digits.length() - dot - 1;
        BigDecimal value = new BigDecimal(digits).multiply(BigDecimal.valueOf(factor));
        BigDecimal result;
        if (decimals > 0) {
            result = value.setScale(decimals, RoundingMode.HALF_UP);
        } else {
            int significant = Math.max(2, digits.replaceAll("0+$", "").length());
            result = value.round(new MathContext(significant, RoundingMode.HALF_UP)).setScale(0, RoundingMode.HALF_UP);
        }
        if (result.signum() <= 0) {
            result = BigDecimal.ONE;
        }
        boolean grouped = written.indexOf(',') >= 0;
        return decimals > 0 ? result.toPlainString()
                : grouped ? String.format(Locale.ROOT, "%,d", result.longValueExact()) : result.toPlainString();
    }
}
