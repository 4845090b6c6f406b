package io.moodleconnector.host.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The message of a usage error that names options but never echoes a value that may be a secret. picocli quotes
 * what was typed: {@code --tokn VALUE} gives "Unknown options: '--tokn', 'VALUE'", and a bad {@code --url} value
 * would be quoted whole. Here an unknown option is named without its value, a value after an unknown option is
 * counted, not shown, and the values of the secret-bearing options are cut out of any other message.
 */
final class SafeUsage {
    /** Options whose values may be secrets: the token, and a URL that may carry a password. */
    private static final Set<String> SECRET_OPTIONS = Set.of("--token", "--url");
    private static final String NOT_SHOWN = "(value not shown)";

    private SafeUsage() {
    }

    static String message(ParameterException e, String[] args) {
        String message = withoutSecrets(e instanceof UnmatchedArgumentException u ? unmatched(u) : e.getMessage(), args);
        return message + helpHint(e.getCommandLine());
    }

    private static String unmatched(UnmatchedArgumentException e) {
        List<String> options = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        int hidden = 0;
        boolean afterOption = false;
        for (String arg : e.getUnmatched()) {
            if (arg.startsWith("-") && arg.length() > 1) {
                int equals = arg.indexOf('=');
                options.add(equals < 0 ? arg : arg.substring(0, equals));
                hidden += equals < 0 ? 0 : 1;
                afterOption = true;
            } else if (afterOption) {
                // Probably the value of the unknown option, e.g. the token after a misspelled --token.
                hidden++;
                afterOption = false;
            } else {
                shown.add("'" + arg + "'");
            }
        }
        List<String> parts = new ArrayList<>();
        if (!options.isEmpty()) {
            parts.add("unknown option" + (options.size() == 1 ? " " : "s ") + String.join(", ", options));
        }
        if (!shown.isEmpty()) {
            parts.add("unexpected argument" + (shown.size() == 1 ? " " : "s ") + String.join(", ", shown));
        }
        if (hidden > 0) {
            parts.add(hidden + " value" + (hidden == 1 ? "" : "s") + " given to unknown options " + NOT_SHOWN);
        }
        List<String> suggestions = e.getSuggestions();
        String didYouMean = suggestions.isEmpty() ? "" : "; did you mean " + String.join(" or ", suggestions) + "?";
        return String.join("; ", parts) + didYouMean;
    }

    /** The message with every value given to a secret-bearing option cut out. */
    private static String withoutSecrets(String message, String[] args) {
        String out = String.valueOf(message);
        for (String secret : secretValues(args)) {
            out = out.replace("'" + secret + "'", NOT_SHOWN);
            if (secret.length() >= 4) {
                // picocli quotes values; a long one unquoted is cut out too, a short one would match ordinary words.
                out = out.replace(secret, NOT_SHOWN);
            }
        }
        return out;
    }

    private static List<String> secretValues(String[] args) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            if (equals > 0 && SECRET_OPTIONS.contains(arg.substring(0, equals))) {
                values.add(arg.substring(equals + 1));
            } else if (SECRET_OPTIONS.contains(arg) && i + 1 < args.length) {
                values.add(args[i + 1]);
            }
        }
        return values;
    }

    private static String helpHint(CommandLine command) {
        return " (see " + command.getCommandSpec().qualifiedName() + " --help)";
    }
}
