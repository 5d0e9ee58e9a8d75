package io.dhub.cli;

import io.dhub.schema.DhubException;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import picocli.CommandLine;

/** Entry point: wires picocli, the environment and the exit-code policy. */
public final class Main {
    private Main() {
    }

    /** Seconds from the JVM's start to main(), when dhub runs as its own process; 0 when run in-process. */
    private static volatile double jvmStart;

    static double jvmStartSeconds() {
        return jvmStart;
    }

    public static void main(String[] args) {
        jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, System.getenv(), out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one dhub command line and returns its exit code; never throws. */
    public static int run(String[] args, Map<String, String> env, PrintWriter plainOut, PrintWriter plainErr) {
        java.util.List<String> secrets = Redacting.secrets(args, env);
        PrintWriter out = Redacting.wrap(plainOut, secrets);
        PrintWriter err = Redacting.wrap(plainErr, secrets);
        try {
            return runScrubbed(args, env, out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int runScrubbed(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
        boolean verbose = Arrays.stream(args).anyMatch(a -> a.equals("-v") || a.equals("--verbose"));
        quietLibraries(verbose);
        Config config;
        try {
            config = Config.load(env);
        } catch (DhubException e) {
            err.println("dhub: " + e.getMessage());
            return e.code().exitCode();
        }
        CliContext context = new CliContext(Map.copyOf(config.environment(env)), out, err, Map.copyOf(env), config);
        CommandLine cli = new CommandLine(new DhubCommand(), factory(context));
        cli.setOut(out);
        cli.setErr(err);
        cli.setDefaultValueProvider(config);
        cli.setParameterExceptionHandler((e, arguments) -> {
            CommandLine failed = e.getCommandLine();
            err.println("dhub: " + usageMessage(e) + " (see '" + failed.getCommandSpec().qualifiedName() + " --help')");
            err.flush();
            return 2;
        });
        cli.setExecutionExceptionHandler((e, failed, parseResult) -> {
            int code = e instanceof DhubException dhub ? dhub.code().exitCode() : 1;
            String message = e instanceof DhubException ? e.getMessage()
                    : "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage()
                            + (verbose ? "" : " (run again with --verbose for details)");
            err.println("dhub: " + message);
            if (verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return code;
        });
        return cli.execute(args);
    }

    /**
     * picocli's message, in dhub's voice where picocli's is terse (unknown commands and options), and
     * a converter's own line where an option's value was refused ({@link Converters}).
     */
    private static String usageMessage(CommandLine.ParameterException e) {
        if (e.getCause() instanceof DhubException refused) {
            return refused.getMessage();
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String word = unmatched.getUnmatched().get(0);
            CommandLine at = e.getCommandLine();
            String name = at.getCommandSpec().qualifiedName();
            if (!word.startsWith("-") && !at.getSubcommands().isEmpty()) {
                return "'" + name + "' has no command '" + word + "'; its commands are "
                        + String.join(", ", at.getSubcommands().keySet());
            }
            return (word.startsWith("-") ? "unknown option '" : "unexpected argument '") + word + "' for '" + name + "'";
        }
        return e.getMessage();
    }

    /** Libraries (HikariCP, Flyway, zonky) log through SLF4J: silent unless --verbose. */
    private static void quietLibraries(boolean verbose) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "off");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    }

    /** Builds commands, handing the context to those whose constructor takes one. */
    private static CommandLine.IFactory factory(CliContext context) {
        CommandLine.IFactory fallback = CommandLine.defaultFactory();
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                try {
                    Constructor<K> constructor = type.getDeclaredConstructor(CliContext.class);
                    return constructor.newInstance(context);
                } catch (NoSuchMethodException e) {
                    return fallback.create(type);
                }
            }
        };
    }
}
