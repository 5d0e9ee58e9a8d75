package io.dhub.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code dhub completion bash|zsh}: a completion script for the shell, built by picocli's AutoComplete
 * from the commands themselves. {@code source <(dhub completion bash)} (or zsh) enables it.
 */
@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = DhubCommand.Version.class,
        description = "Print a shell completion script: 'source <(dhub completion bash)', or zsh.")
final class CompletionCommand implements Callable<Integer> {
    enum Shell { bash, zsh }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "bash or zsh")
    Shell shell;

    private final CliContext context;

    CompletionCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String script = AutoComplete.bash("dhub", spec.root().commandLine());
        if (shell == Shell.zsh) {
            context.out().println("# zsh: bash completion through bashcompinit");
            context.out().println("autoload -U +X compinit && compinit");
            context.out().println("autoload -U +X bashcompinit && bashcompinit");
        }
        context.out().print(script);
        context.out().flush();
        return 0;
    }
}
