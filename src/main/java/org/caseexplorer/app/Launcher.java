package org.caseexplorer.app;

import java.util.Arrays;
import javafx.application.Application;
import org.caseexplorer.cli.CommandLine;
import org.caseexplorer.cli.ExportCommand;
import org.caseexplorer.cli.ValidateCommand;

/**
 * The entry point. Not an {@link Application} itself, so the jar runs with JavaFX on the plain
 * class path, and command-line work never starts the toolkit.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        CommandLine commandLine;
        try {
            commandLine = CommandLine.parse(Arrays.asList(args));
        } catch (CommandLine.UsageException e) {
            System.err.println("case-explorer: " + e.getMessage());
            System.err.println(CommandLine.USAGE);
            return ValidateCommand.USAGE;
        }
        if (commandLine.help()) {
            System.out.println(CommandLine.USAGE);
            return 0;
        }
        try {
            if (commandLine.export().isPresent()) {
                System.setProperty("java.awt.headless", "true");
                return ExportCommand.run(commandLine.export().get(), commandLine.library(),
                        commandLine.language().orElse(org.caseexplorer.export.ExportLanguage.EN),
                        System.out, System.err);
            }
            if (commandLine.validate().isPresent()) {
                return ValidateCommand.run(commandLine.validate().get(), System.out, System.err);
            }
        } catch (RuntimeException e) {
            System.err.println("case-explorer: " + e.getMessage());
            return ValidateCommand.USAGE;
        }
        CaseExplorerApp.launchWith(commandLine);
        return 0;
    }
}
