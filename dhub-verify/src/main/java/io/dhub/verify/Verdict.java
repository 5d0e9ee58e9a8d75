package io.dhub.verify;

/** The outcome of one check, or of one line of a check. */
public enum Verdict {
    PASS("pass"),
    /** The sample is too small to judge a proportion or statistic: neither pass nor fail. */
    TOO_FEW_ROWS("too few rows"),
    /**
     * The check judges a mix of customers the run left by design (a gig bank, {@code --earners gig}, holds
     * gig workers only, not the specification's segments): neither pass nor fail.
     */
    NOT_JUDGED("not judged"),
    FAIL("FAIL");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The worse of two verdicts: FAIL over PASS over "too few rows" over "not judged". */
    static Verdict combine(Verdict a, Verdict b) {
        if (a == FAIL || b == FAIL) {
            return FAIL;
        }
        if (a == PASS || b == PASS) {
            return PASS;
        }
        return a == TOO_FEW_ROWS || b == TOO_FEW_ROWS ? TOO_FEW_ROWS : NOT_JUDGED;
    }
}
