package io.dhub.cli;

import io.dhub.schema.DhubException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code dhub help [COMMAND...]}: the help of any command, nested ones included ({@code dhub help seed all}). */
@Command(name = "help", helpCommand = true, description = "Show the help of a command, e.g. 'dhub help seed all'.")
final class HelpCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command, e.g. seed all")
    List<String> path = new ArrayList<>();

    private final CliContext context;

    HelpCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        CommandLine current = spec.parent().commandLine();
        List<String> walked = new ArrayList<>(List.of(spec.parent().qualifiedName()));
        for (String name : path) {
            CommandLine next = current.getSubcommands().get(name);
            if (next == null) {
                throw DhubException.usage("'" + String.join(" ", walked) + "' has no command '" + name + "'; its "
                        + "commands are " + String.join(", ", current.getSubcommands().keySet()));
            }
            walked.add(name);
            current = next;
        }
        current.usage(context.out());
        return 0;
    }
}
