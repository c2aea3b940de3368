package org.gridgov.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code ./gridgov up [options]} and {@code ./gridgov down}: the whole platform on this machine.
 * {@code dev-stack/run} builds this launcher when needed and runs it.
 */
public final class DevStack {

    private static final String USAGE = """
            usage: ./gridgov up [--reset] [--infra-only] [--without SERVICE,...] [--no-build] [--no-demo] [--quiet]
                                [--include-unlisted] [--timeout SECONDS] [--state-dir DIR] [--port-offset N]
                   ./gridgov down [--state-dir DIR]

              --reset             wipe .dev-stack/ first: databases, topics, logs, demo data
              --infra-only        start PostgreSQL and Kafka only
              --without S1,S2     do not start these services (grid-registry, case-workflow, population,
                                  dispute-mediation, notification, gateway), e.g. to run one from an IDE
              --no-build          start what is built, build nothing
              --no-demo           do not load the demo data
              --quiet             show only warnings and errors of the parts (their log files have everything)
              --include-unlisted  also start service modules not yet listed in the root pom.xml
              --timeout SECONDS   how long a part may take to become ready (240)
              --state-dir DIR     keep data, logs and pid files in DIR instead of .dev-stack/
              --port-offset N     add N to every port (a second stack beside the first)
            """;

    private DevStack() {
    }

    public static void main(String[] args) throws InterruptedException {
        // Logging starts here, before PostgreSQL and Kafka clients log from two threads at once and
        // SLF4J drops what they say while it initialises.
        org.slf4j.LoggerFactory.getILoggerFactory();
        try {
            System.exit(run(List.of(args)));
        } catch (IllegalArgumentException e) {
            System.err.println("gridgov: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
        }
    }

    static int run(List<String> args) throws InterruptedException {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("up or down?");
        }
        Path root = StackLayout.checkoutOfThisLauncher();
        Path state = root.resolve(".dev-stack");
        int portOffset = 0;
        UpOptions defaults = UpOptions.defaults();
        boolean reset = defaults.reset();
        boolean infraOnly = defaults.infraOnly();
        boolean build = defaults.build();
        boolean demo = defaults.demo();
        boolean quiet = defaults.quiet();
        boolean includeUnlisted = defaults.includeUnlisted();
        Duration timeout = defaults.readyTimeout();
        Set<String> without = new LinkedHashSet<>();
        for (int i = 1; i < args.size(); i++) {
            String option = args.get(i);
            switch (option) {
                case "--reset" -> reset = true;
                case "--infra-only" -> infraOnly = true;
                case "--no-build" -> build = false;
                case "--no-demo" -> demo = false;
                case "--quiet" -> quiet = true;
                case "--include-unlisted" -> includeUnlisted = true;
                case "--without" -> without.addAll(services(value(args, ++i, option)));
                case "--timeout" -> timeout = Duration.ofSeconds(Long.parseLong(value(args, ++i, option)));
                case "--state-dir" -> state = root.resolve(value(args, ++i, option)).toAbsolutePath().normalize();
                case "--port-offset" -> portOffset = Integer.parseInt(value(args, ++i, option));
                case "-h", "--help" -> {
                    System.out.print(USAGE);
                    return 0;
                }
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        UpOptions options = new UpOptions(reset, infraOnly, build, demo, quiet, includeUnlisted, Set.copyOf(without), timeout);
        StackLayout layout = new StackLayout(root, state, portOffset);
        return switch (args.getFirst()) {
            case "up" -> new Stack(layout, options, System.out).up();
            case "down" -> StackDown.down(layout, System.out);
            default -> throw new IllegalArgumentException("unknown command " + args.getFirst());
        };
    }

    private static List<String> services(String names) {
        List<String> services = List.of(names.split(","));
        for (String name : services) {
            if (ServiceSpec.named(name).isEmpty()) {
                throw new IllegalArgumentException("no service named " + name + "; the services are "
                        + ServiceSpec.ALL.stream().map(ServiceSpec::name).toList());
            }
        }
        return services;
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index);
    }
}
