package io.dhub.generators.insurance;

/**
 * The lines of insurance the bank sells, with the code insurance_db stores; personal accident only as a
 * government scheme (India's PMSBY), never drawn by the rules' line mix.
 */
public enum Line {
    AUTO("auto"), HOME("home"), LIFE("life"), HEALTH("health"), TRAVEL("travel"), DISABILITY("disability"),
    PERSONAL_ACCIDENT("personal_accident");

    private final String code;

    Line(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The line stored under this code. */
    static Line of(String code) {
        for (Line line : values()) {
            if (line.code.equals(code)) {
                return line;
            }
        }
        throw new IllegalArgumentException("no line " + code);
    }

    /** Whether the rules' line mix sells it (every line but personal accident). */
    boolean sold() {
        return this != PERSONAL_ACCIDENT;
    }

    /** Auto, home and health policies run 12 months and renew. */
    boolean renews() {
        return this == AUTO || this == HOME || this == HEALTH;
    }
}
