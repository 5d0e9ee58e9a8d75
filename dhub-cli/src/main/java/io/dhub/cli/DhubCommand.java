package io.dhub.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code dhub} command. */
@Command(name = "dhub", mixinStandardHelpOptions = true, versionProvider = DhubCommand.Version.class,
        description = "Fills six PostgreSQL databases with realistic, reproducible synthetic banking data.",
        subcommands = {DbCommand.class, SeedCommand.class, LoadCommand.class, CustomerCommand.class, ExportCommand.class,
                DataHubCommand.class, ServerCommand.class,
                ConfigCommand.class, CompletionCommand.class, HelpCommand.class})
final class DhubCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is needed: db, seed, load, customer, export, datahub, server, config, completion or help");
    }

    /** The version the build stamped into the jar. */
    static String version() {
        Properties props = new Properties();
        try (InputStream in = DhubCommand.class.getResourceAsStream("/dhub-version.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return props.getProperty("version", "unknown");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"dhub " + version()};
        }
    }
}
