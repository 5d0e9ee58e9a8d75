package io.dhub.generators.insurance;

/** The lines of insurance the bank sells, with the code insurance_db stores. */
public enum Line {
    AUTO("auto"), HOME("home"), LIFE("life"), HEALTH("health"), TRAVEL("travel"), DISABILITY("disability");

    private final String code;

    Line(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Auto, home and health policies run 12 months and renew. */
    boolean renews() {
        return this == AUTO || this == HOME || this == HEALTH;
    }
}
