package org.gridgov.devstack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.gridgov.testing.DevTokens;

/**
 * What {@code up} prints once everything is ready: where the platform answers, where its API is
 * documented, and development tokens ready to paste (also written to {@code .dev-stack/tokens.env}).
 */
final class Welcome {

    static final String LAST_LINE = "Ctrl-C here, or ./gridgov down in another terminal, stops everything.";
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(12);

    private final StackLayout layout;
    private final Set<String> running;
    private final PrintStream out;

    Welcome(StackLayout layout, Set<String> running, PrintStream out) {
        this.layout = layout;
        this.running = running;
        this.out = out;
    }

    void print(String startedIn, String resident) {
        ServiceSpec gateway = ServiceSpec.named(ServiceSpec.GATEWAY).orElseThrow();
        out.println();
        out.println("GridGov is up in " + startedIn + " (all its processes hold " + resident + " of memory).");
        if (running.contains(ServiceSpec.GATEWAY)) {
            out.println("  gateway    " + gateway.url(layout));
            out.println("  API docs   " + gateway.url(layout) + "/api/docs");
        } else {
            out.println("  gateway    not running (" + gateway.module() + " is not part of this run)");
        }
        for (ServiceSpec service : ServiceSpec.ALL) {
            if (running.contains(service.name()) && !service.isGateway()) {
                out.println(String.format("  %-18s %s   (API docs %s/swagger-ui/index.html)",
                        service.name(), service.url(layout), service.url(layout)));
            }
        }
        out.println("  PostgreSQL jdbc:postgresql://localhost:" + layout.postgresPort() + "/<database>  user "
                + StackLayout.DATABASE_USER + ", databases " + String.join(", ", ServiceSpec.databases()));
        out.println("  Kafka      " + layout.kafkaBootstrap());
        out.println("  logs       " + layout.logs() + "/<part>.log");
        out.println();
        List<String> exports = tokens();
        out.println("Development tokens (valid " + TOKEN_LIFETIME.toHours() + " h; `source " + layout.tokens() + "` sets them too):");
        exports.forEach(out::println);
        out.println();
        if (running.contains(ServiceSpec.GATEWAY) || running.contains("case-workflow")) {
            String entry = (running.contains(ServiceSpec.GATEWAY) ? gateway : ServiceSpec.named("case-workflow").orElseThrow()).url(layout);
            out.println("Try: source " + layout.tokens() + " && curl -H \"Authorization: Bearer $GRID_WORKER_TOKEN\" " + entry + "/api/cases");
        }
        out.println("More tokens: ./gridgov token ROLE [--unit CODE] [--department CODE]");
        out.println(LAST_LINE);
        out.flush();
    }

    /** {@code export NAME='token'  # who} lines, also written to {@code tokens.env}. */
    List<String> tokens() {
        DemoIdentities who = DemoIdentities.read(layout);
        List<String> lines = new ArrayList<>();
        lines.add(export("GRID_WORKER_TOKEN", DevTokens.forAccount(who.gridWorker()).roles("GRID_WORKER").scope(who.grid()),
                "grid worker " + who.gridWorker() + " of grid " + who.grid()));
        lines.add(export("COMMAND_CENTRE_TOKEN", DevTokens.forAccount("dev-command-centre-" + who.town()).roles("COMMAND_CENTRE").scope(who.town()),
                "command centre of town " + who.town()));
        lines.add(export("DEPARTMENT_TOKEN", DevTokens.forAccount("dev-handler-" + who.department()).roles("DEPARTMENT_HANDLER")
                .department(who.department()), "handler of department " + who.department()));
        lines.add(export("ADMIN_TOKEN", DevTokens.forAccount("dev-admin").roles("ADMIN"), "administrator"));
        try {
            Files.writeString(layout.tokens(), String.join("\n", lines) + "\n");
        } catch (IOException e) {
            out.println(Stack.progress("tokens", "could not write " + layout.tokens() + ": " + e.getMessage()));
        }
        return lines;
    }

    private static String export(String name, DevTokens token, String who) {
        return "export " + name + "='" + token.lifetime(TOKEN_LIFETIME).sign() + "'  # " + who;
    }
}
