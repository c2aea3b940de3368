package org.gridgov.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.gridgov.testing.DevTokens;
import org.gridgov.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The manifests boot: every Deployment of the dev overlay, as {@code kubectl kustomize} renders
 * it, starts its service's jar with exactly the environment the kubelet would give its container
 * (ConfigMaps resolved, Secrets filled as the operator and Strimzi fill them) and answers its
 * readiness probe UP. A service that would crash-loop in the cluster fails the build here, with
 * the tail of its log.
 *
 * <p>The servers are test-support's real PostgreSQL and Kafka, prepared as the operators would
 * prepare them (a role and a database per service as CloudNativePG creates them, the topics of the
 * KafkaTopics); what differs from the cluster is listed in {@link Rewrites}, and nothing else.
 *
 * <p>Skips itself while a service's jar is not built or kubectl is missing.
 */
class ManifestsBootIT {

    /** JVMs starting at once: each takes a core while it starts, and the build machines have two. */
    private static final int AT_ONCE = 2;
    private static final Duration READY_WITHIN = Duration.ofMinutes(3);
    private static final Path WORK = Path.of("target/manifests-boot").toAbsolutePath();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Frames of a stack trace: the failure message keeps the chain of causes and drops these. */
    private static final Pattern STACK_FRAME = Pattern.compile("^\\s+(at |\\.\\.\\. \\d+ (common frames omitted|more))");

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void everyDeploymentOfTheDevOverlayStartsWithItsEnvironmentAndBecomesReady() throws Exception {
        Path root = StackLayout.checkoutOfThisLauncher();
        Optional<String> kubectl = RenderedOverlay.kubectl();
        assumeTrue(kubectl.isPresent(), "kubectl is not installed: the overlays cannot be rendered");
        RenderedOverlay dev = RenderedOverlay.render(kubectl.get(), root.resolve("deploy/overlays/dev"));
        StackLayout checkout = new StackLayout(root, WORK, 0);
        List<String> unbuilt = dev.ofKind("Deployment").stream()
                .map(deployment -> moduleOf(RenderedOverlay.name(deployment)))
                .filter(module -> !Files.isRegularFile(checkout.jarOf(module)))
                .toList();
        assumeTrue(unbuilt.isEmpty(), "the boot check needs " + unbuilt + " built (mvn package)");

        TestInfrastructure infrastructure = TestInfrastructure.get();
        GeneratedSecrets secrets = new GeneratedSecrets(dev);
        try (ClusterDatabases ignored = ClusterDatabases.create(dev, secrets, infrastructure.postgres());
             TokenEndpoint issuer = TokenEndpoint.start()) {
            createTopics(dev, infrastructure.kafkaBootstrapServers());
            Rewrites rewrites = Rewrites.of(dev, infrastructure, issuer);

            List<Pod> pods = new ArrayList<>();
            for (JsonNode deployment : dev.ofKind("Deployment")) {
                Map<String, String> environment = dev.environment(deployment, secrets);
                Pod pod = Pod.of(deployment, environment, rewrites, checkout);
                Optional.ofNullable(environment.get("GRIDGOV_SERVICE_CREDENTIALS_CLIENT_ID"))
                        .ifPresent(client -> issuer.admit(client, environment.get("GRIDGOV_SERVICE_CREDENTIALS_CLIENT_SECRET")));
                pods.add(pod);
            }
            assertThat(rewrites.unused())
                    .as("addresses the rewrites replace but no Deployment names any more: update Rewrites")
                    .isEmpty();

            List<String> failures = bootAll(pods);
            if (!failures.isEmpty()) {
                fail("Deployments of deploy/overlays/dev that would not become ready in a cluster:\n\n"
                        + String.join("\n\n", failures));
            }
        }
    }

    private static List<String> bootAll(List<Pod> pods) throws InterruptedException {
        ExecutorService starting = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<Future<Optional<String>>> results = new ArrayList<>();
            for (Pod pod : pods) {
                results.add(starting.submit(pod::boot));
            }
            List<String> failures = new ArrayList<>();
            for (Future<Optional<String>> result : results) {
                try {
                    result.get().ifPresent(failures::add);
                } catch (ExecutionException e) {
                    failures.add(String.valueOf(e.getCause()));
                }
            }
            return failures;
        } finally {
            // Interrupted (the time limit): each boot stops its own process on the way out.
            starting.shutdownNow();
            starting.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    private static String moduleOf(String deployment) {
        return ServiceSpec.named(deployment).map(ServiceSpec::module)
                .orElseThrow(() -> new AssertionError("the Deployment " + deployment + " runs no service of the platform"));
    }

    /**
     * A Deployment's one pod: its service's jar, the port its probes ask, the environment its
     * container gets (rewritten).
     */
    private record Pod(String name, Path jar, int port, Map<String, String> environment) {

        static Pod of(JsonNode deployment, Map<String, String> environment, Rewrites rewrites, StackLayout checkout) {
            String name = RenderedOverlay.name(deployment);
            JsonNode container = RenderedOverlay.container(deployment);
            JsonNode probe = container.path("readinessProbe").path("httpGet");
            assertThat(probe.path("path").asString()).as("%s's readiness probe", name).isEqualTo("/actuator/health/readiness");
            int probed = containerPort(container, probe.path("port"));
            assertThat(environment.get("SERVER_PORT")).as("%s's SERVER_PORT, where its probes knock", name)
                    .isEqualTo(Integer.toString(probed));
            return new Pod(name, checkout.jarOf(moduleOf(name)), rewrites.portOf(name), rewrites.apply(name, environment));
        }

        /** Starts the service as its pod would, waits for its readiness, stops it; why it failed, if it did. */
        Optional<String> boot() throws IOException, InterruptedException {
            Path log = WORK.resolve("logs").resolve(name + ".log");
            Files.deleteIfExists(log);
            Files.createDirectories(WORK.resolve(name));
            List<String> command = new ArrayList<>(List.of(ChildProcess.java()));
            command.addAll(ChildProcess.commonJvmOptions());
            command.addAll(Stack.SERVICE_JVM_OPTIONS);
            command.addAll(List.of("-jar", jar.toString()));
            long start = System.nanoTime();
            ChildProcess process = ChildProcess.startWithOnly(name, command, environment, WORK.resolve(name), log,
                    WORK.resolve("run").resolve(name + ".pid"));
            try {
                Readiness.await(process, "http://localhost:" + port, READY_WITHIN);
                System.out.println("manifests boot: " + name + " ready in " + Stack.seconds(start));
                return Optional.empty();
            } catch (StartFailure failure) {
                StringBuilder report = new StringBuilder(name).append(": ").append(failure.getMessage())
                        .append("; its log (").append(log).append(") ends:");
                Stack.tail(log, 25).stream()
                        .flatMap(String::lines)
                        .filter(line -> !STACK_FRAME.matcher(line).find())
                        .forEach(line -> report.append("\n  | ").append(line));
                return Optional.of(report.toString());
            } finally {
                process.stop(Duration.ofSeconds(30));
            }
        }

        private static int containerPort(JsonNode container, JsonNode port) {
            if (port.isNumber()) {
                return port.asInt();
            }
            for (JsonNode declared : container.path("ports")) {
                if (declared.path("name").asString().equals(port.asString())) {
                    return declared.path("containerPort").asInt();
                }
            }
            throw new AssertionError("the probe asks a port the container does not declare: " + port);
        }
    }

    /**
     * Everything this check changes in a Deployment's environment, in one place. Addresses: the
     * cluster's PostgreSQL, Kafka, issuer and services become this machine's. Settings: each
     * service listens on a free port (a developer's stack may hold the usual ones), and Kafka is
     * spoken in plain text, because test-support's broker has no TLS and SCRAM listener (the login
     * and the CA certificate still reach the service and are bound; the client leaves them unused).
     */
    private static final class Rewrites {

        private final Map<String, String> addresses;
        private final Set<String> servers;
        private final Map<String, Integer> ports;
        private final Set<String> used = ConcurrentHashMap.newKeySet();

        private Rewrites(Map<String, String> addresses, Set<String> servers, Map<String, Integer> ports) {
            this.addresses = addresses;
            this.servers = servers;
            this.ports = ports;
        }

        static Rewrites of(RenderedOverlay dev, TestInfrastructure infrastructure, TokenEndpoint issuer) throws IOException {
            Map<String, String> addresses = new LinkedHashMap<>();
            for (JsonNode cluster : dev.ofKind("Cluster")) {
                // CloudNativePG's Service of the primary.
                addresses.put(RenderedOverlay.name(cluster) + "-rw:5432", hostAndPort(infrastructure.postgres().adminUrl()));
            }
            for (JsonNode kafka : dev.ofKind("Kafka")) {
                // Strimzi's bootstrap Service, on the listener with the services' SCRAM logins.
                for (JsonNode listener : kafka.path("spec").path("kafka").path("listeners")) {
                    if (listener.path("authentication").path("type").asString().equals("scram-sha-512")) {
                        addresses.put(RenderedOverlay.name(kafka) + "-kafka-bootstrap:" + listener.path("port").asInt(),
                                infrastructure.kafkaBootstrapServers());
                    }
                }
            }
            for (JsonNode configMap : dev.ofKind("ConfigMap")) {
                JsonNode issuerUri = configMap.path("data").path("GRIDGOV_SECURITY_ISSUER_URI");
                if (issuerUri.isString()) {
                    URI uri = URI.create(issuerUri.asString());
                    addresses.put(uri.getScheme() + "://" + uri.getRawAuthority(), issuer.origin());
                }
            }
            // The servers every cluster has; a service's own address is named only when another calls it.
            Set<String> servers = Set.copyOf(addresses.keySet());
            Map<String, Integer> ports = new LinkedHashMap<>();
            for (JsonNode service : dev.ofKind("Service")) {
                String name = RenderedOverlay.name(service);
                ports.put(name, freePort());
                addresses.put("http://" + name + ":" + service.path("spec").path("ports").get(0).path("port").asInt(),
                        "http://localhost:" + ports.get(name));
            }
            return new Rewrites(addresses, servers, ports);
        }

        int portOf(String service) {
            return ports.get(service);
        }

        Map<String, String> apply(String service, Map<String, String> environment) {
            Map<String, String> rewritten = new LinkedHashMap<>();
            environment.forEach((name, value) -> {
                String result = value;
                for (Map.Entry<String, String> address : addresses.entrySet()) {
                    if (result.contains(address.getKey())) {
                        result = result.replace(address.getKey(), address.getValue());
                        used.add(address.getKey());
                    }
                }
                rewritten.put(name, result);
            });
            rewritten.put("SERVER_PORT", Integer.toString(portOf(service)));
            rewritten.computeIfPresent("SPRING_KAFKA_SECURITY_PROTOCOL", (name, protocol) -> "PLAINTEXT");
            return rewritten;
        }

        /** Servers' addresses no environment named: the manifests moved them, and the rewrite would hide it. */
        Set<String> unused() {
            Set<String> unused = new HashSet<>(servers);
            unused.removeAll(used);
            return unused;
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }

        private static String hostAndPort(String jdbcUrl) {
            String rest = jdbcUrl.substring("jdbc:postgresql://".length());
            return rest.substring(0, rest.indexOf('/'));
        }
    }

    /** The topics Strimzi's Topic Operator creates from the overlay's KafkaTopics; the services may create none. */
    private static void createTopics(RenderedOverlay dev, String bootstrap) throws Exception {
        List<NewTopic> topics = new ArrayList<>();
        for (JsonNode topic : dev.ofKind("KafkaTopic")) {
            JsonNode spec = topic.path("spec");
            Map<String, String> config = new LinkedHashMap<>();
            spec.path("config").properties().forEach(entry -> config.put(entry.getKey(), entry.getValue().asString()));
            topics.add(new NewTopic(spec.path("topicName").asString(RenderedOverlay.name(topic)),
                    Optional.of(spec.path("partitions").asInt()),
                    spec.has("replicas") ? Optional.of((short) spec.path("replicas").asInt()) : Optional.empty())
                    .configs(config));
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            for (var created : admin.createTopics(topics).values().entrySet()) {
                try {
                    created.getValue().get(1, TimeUnit.MINUTES);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new AssertionError("cannot create the topic " + created.getKey(), e.getCause());
                    }
                }
            }
        }
    }

    /**
     * Each service's role and database, made as CloudNativePG makes them from the Cluster's managed
     * roles (password from the role's Secret) and the Databases (owned by the role), under the names
     * the manifests use; dropped again at the end.
     */
    private static final class ClusterDatabases implements AutoCloseable {

        private final TestInfrastructure.PostgresServer server;
        private final List<String> roles = new ArrayList<>();
        private final List<String> databases = new ArrayList<>();

        private ClusterDatabases(TestInfrastructure.PostgresServer server) {
            this.server = server;
        }

        static ClusterDatabases create(RenderedOverlay dev, GeneratedSecrets secrets, TestInfrastructure.PostgresServer server)
                throws SQLException {
            ClusterDatabases created = new ClusterDatabases(server);
            try (Connection connection = created.connect(); Statement statement = connection.createStatement()) {
                for (JsonNode cluster : dev.ofKind("Cluster")) {
                    for (JsonNode role : cluster.path("spec").path("managed").path("roles")) {
                        String name = role.path("name").asString();
                        assumeTrue(!exists(connection, "select 1 from pg_roles where rolname = ?", name),
                                "the test PostgreSQL already has a role " + name + ": the check needs a server without it");
                        statement.execute("create role " + quoted(name) + (role.path("login").asBoolean() ? " login" : "")
                                + " password '" + secrets.value(role.path("passwordSecret").path("name").asString(), "password") + "'");
                        created.roles.add(name);
                    }
                }
                for (JsonNode database : dev.ofKind("Database")) {
                    String name = database.path("spec").path("name").asString();
                    assumeTrue(!exists(connection, "select 1 from pg_database where datname = ?", name),
                            "the test PostgreSQL already has a database " + name + ": the check needs a server without it");
                    statement.execute("create database " + quoted(name) + " owner " + quoted(database.path("spec").path("owner").asString()));
                    created.databases.add(name);
                }
            } catch (SQLException | RuntimeException e) {
                created.close();
                throw e;
            }
            return created;
        }

        @Override
        public void close() throws SQLException {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                for (String database : databases) {
                    statement.execute("drop database if exists " + quoted(database) + " with (force)");
                }
                for (String role : roles) {
                    statement.execute("drop role if exists " + quoted(role));
                }
            }
        }

        private Connection connect() throws SQLException {
            return DriverManager.getConnection(server.adminUrl(), server.username(), server.password());
        }

        private static boolean exists(Connection connection, String query, String name) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(query)) {
                statement.setString(1, name);
                try (ResultSet found = statement.executeQuery()) {
                    return found.next();
                }
            }
        }

        private static String quoted(String identifier) {
            return '"' + identifier.replace("\"", "\"\"") + '"';
        }
    }

    /**
     * The issuer's token endpoint, answering OAuth2 client credentials as Keycloak does: a
     * {@code SERVICE} token (signed with the development key) for a client whose id and secret are
     * a Deployment's. Served rather than replaced by the development signing key, so the services
     * start with the credentials they have in the cluster (the token client, not the self-signed
     * tokens); they ask for a token only when they first call another service.
     */
    private static final class TokenEndpoint implements AutoCloseable {

        private final HttpServer server;
        private final Map<String, String> clients = new ConcurrentHashMap<>();

        private TokenEndpoint(HttpServer server) {
            this.server = server;
        }

        static TokenEndpoint start() throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            TokenEndpoint endpoint = new TokenEndpoint(server);
            server.createContext("/", endpoint::answer);
            server.start();
            return endpoint;
        }

        String origin() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        void admit(String clientId, String clientSecret) {
            clients.put(clientId, clientSecret);
        }

        private void answer(HttpExchange exchange) throws IOException {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Optional<String> client = client(exchange.getRequestHeaders().getFirst("Authorization"));
            boolean granted = exchange.getRequestMethod().equals("POST")
                    && exchange.getRequestURI().getPath().endsWith("/protocol/openid-connect/token")
                    && form.contains("grant_type=client_credentials") && client.isPresent();
            Map<String, Object> body = granted
                    ? Map.of("access_token", DevTokens.forAccount("service:" + client.get()).roles("SERVICE")
                            .lifetime(Duration.ofMinutes(5)).sign(), "token_type", "Bearer", "expires_in", 300)
                    : Map.of("error", "invalid_client");
            byte[] json = JSON.writeValueAsBytes(body);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(granted ? 200 : 401, json.length);
            exchange.getResponseBody().write(json);
            exchange.close();
        }

        /** The client of an HTTP Basic header (id and secret form-encoded, RFC 6749 §2.3.1) when its secret is right. */
        private Optional<String> client(String authorization) {
            if (authorization == null || !authorization.startsWith("Basic ")) {
                return Optional.empty();
            }
            String[] pair = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8).split(":", 2);
            if (pair.length != 2) {
                return Optional.empty();
            }
            String id = URLDecoder.decode(pair[0], StandardCharsets.UTF_8);
            String secret = URLDecoder.decode(pair[1], StandardCharsets.UTF_8);
            return secret.equals(clients.get(id)) ? Optional.of(id) : Optional.empty();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
