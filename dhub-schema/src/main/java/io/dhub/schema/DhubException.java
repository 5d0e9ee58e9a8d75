package io.dhub.schema;

/**
 * The one exception type dhub raises on purpose. Its message is a single line meant for the
 * user: what failed, why, and what to do about it.
 */
public class DhubException extends RuntimeException {
    private final ErrorCode code;

    public DhubException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public DhubException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    public static DhubException usage(String message) {
        return new DhubException(ErrorCode.USAGE, message);
    }
}
