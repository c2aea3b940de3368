package org.gridgov.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code ./gridgov token ROLE [--unit CODE]... [--department CODE] [--subject ID] [--hours N]}:
 * prints a development token, ready for {@code Authorization: Bearer ...}.
 */
public final class DevTokenCommand {

    private static final Set<String> ROLES = Set.of("GRID_WORKER", "GRID_LEADER", "COMMAND_CENTRE",
            "DEPARTMENT_HANDLER", "MEDIATOR", "INSPECTOR", "ADMIN");

    private DevTokenCommand() {
    }

    public static void main(String[] args) {
        try {
            System.out.println(token(List.of(args)));
        } catch (IllegalArgumentException e) {
            System.err.println("gridgov token: " + e.getMessage());
            System.err.println("usage: ./gridgov token ROLE [--unit CODE]... [--department CODE] [--subject ID] [--hours N]");
            System.exit(2);
        }
    }

    static String token(List<String> args) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("a role is required");
        }
        String role = args.getFirst().toUpperCase(Locale.ROOT).replace('-', '_');
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("unknown role " + args.getFirst() + "; one of " + ROLES);
        }
        List<String> units = new ArrayList<>();
        String department = null;
        String subject = "dev-" + role.toLowerCase(Locale.ROOT).replace('_', '-');
        Duration lifetime = Duration.ofHours(12);
        for (int i = 1; i < args.size(); i++) {
            String option = args.get(i);
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args.get(++i);
            switch (option) {
                case "--unit" -> {
                    if (!value.matches("[0-9]{6,21}")) {
                        throw new IllegalArgumentException("--unit takes a unit code of 6 to 21 digits, not " + value);
                    }
                    units.add(value);
                }
                case "--department" -> department = value;
                case "--subject" -> subject = value;
                case "--hours" -> lifetime = Duration.ofHours(Long.parseLong(value));
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (role.equals("DEPARTMENT_HANDLER") && department == null) {
            throw new IllegalArgumentException("a DEPARTMENT_HANDLER token needs --department CODE");
        }
        DevTokens token = DevTokens.forAccount(subject).roles(role).scope(units.toArray(String[]::new)).lifetime(lifetime);
        if (department != null) {
            token.department(department);
        }
        return token.sign();
    }
}
