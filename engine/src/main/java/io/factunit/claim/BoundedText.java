package io.factunit.claim;

/**
 * A CharSequence that gives up after a budget of character reads. Rule authors write regular expressions;
 * one that backtracks catastrophically must end the match with a clear error, not hang an editor's CI.
 */
final class BoundedText implements CharSequence {
    static final class BudgetExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BudgetExceeded() {
            super(null, null, false, false);
        }
    }

    private final String text;
    private final int offset;
    private final int length;
    private final long[] budget;

    BoundedText(String text, long budget) {
        this(text, 0, text.length(), new long[] {budget});
    }

    private BoundedText(String text, int offset, int length, long[] budget) {
        this.text = text;
        this.offset = offset;
        this.length = length;
        this.budget = budget;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (--budget[0] < 0) {
            throw new BudgetExceeded();
        }
        return text.charAt(offset + index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new BoundedText(text, offset + start, end - start, budget);
    }

    @Override
    public String toString() {
        return text.substring(offset, offset + length);
    }
}
