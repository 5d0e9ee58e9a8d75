package io.dhub.verify;

/** The outcome of one check, or of one line of a check. */
public enum Verdict {
    PASS("pass"),
    /** The sample is too small to judge a proportion or statistic: neither pass nor fail. */
    TOO_FEW_ROWS("too few rows"),
    FAIL("FAIL");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The worse of two verdicts: FAIL over PASS over "too few rows". */
    static Verdict combine(Verdict a, Verdict b) {
        if (a == FAIL || b == FAIL) {
            return FAIL;
        }
        return a == PASS || b == PASS ? PASS : TOO_FEW_ROWS;
    }
}
