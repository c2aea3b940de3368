package org.gridgov.devstack;

import java.io.IOException;
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
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The stack's PostgreSQL: the real server binaries from Maven Central (zonky, PostgreSQL 17), its
 * data kept in {@code .dev-stack/postgres} between runs, one database per service.
 *
 * <p>{@code pg_ctl} detaches the server into a session of its own, so it outlives a launcher that
 * is killed; its pid is written beside the others for {@code down}.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String PART = "postgres";

    private final EmbeddedPostgres server;
    private final StackLayout layout;

    private EmbeddedDatabase(EmbeddedPostgres server, StackLayout layout) {
        this.server = server;
        this.layout = layout;
    }

    static EmbeddedDatabase start(StackLayout layout) throws IOException {
        Files.createDirectories(layout.postgresData());
        Files.createDirectories(layout.logs());
        ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(layout.log(PART).toFile());
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(layout.postgresData())
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPort(layout.postgresPort())
                .setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(log)
                .setErrorRedirector(log)
                // Six services with a connection pool each, plus the odd psql.
                .setServerConfig("max_connections", "200")
                // A development server: losing the last seconds of a crash is fine, waiting for disks is not.
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .start();
        EmbeddedDatabase database = new EmbeddedDatabase(server, layout);
        database.postmaster().ifPresent(postmaster ->
                PidFile.write(layout.pids().resolve(PART + ".pid"), postmaster));
        return database;
    }

    /** The server process, from the first line of its {@code postmaster.pid}. */
    static Optional<ProcessHandle> postmasterOf(Path dataDirectory) {
        try {
            String pid = Files.readAllLines(dataDirectory.resolve("postmaster.pid")).getFirst().trim();
            return ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    Optional<ProcessHandle> postmaster() {
        return postmasterOf(layout.postgresData());
    }

    /** Creates the databases that do not exist yet; returns those it created. */
    List<String> createDatabases(List<String> names) throws SQLException {
        try (Connection connection = DriverManager.getConnection(layout.jdbcUrl("postgres"),
                StackLayout.DATABASE_USER, StackLayout.DATABASE_PASSWORD);
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?");
             Statement create = connection.createStatement()) {
            List<String> created = new ArrayList<>();
            for (String name : names) {
                exists.setString(1, name);
                try (ResultSet found = exists.executeQuery()) {
                    if (found.next()) {
                        continue;
                    }
                }
                // Names come from ServiceSpec, never from input: safe to splice.
                create.execute("create database " + name);
                created.add(name);
            }
            return created;
        }
    }

    /**
     * Stops the server and waits until its process is gone: {@code pg_ctl stop} returns once the
     * pid file is removed, a moment before the process ends, and gives up after 5 s.
     */
    @Override
    public void close() throws IOException {
        Optional<ProcessHandle> postmaster = postmaster();
        server.close();
        postmaster.ifPresent(process -> ChildProcess.stop(process, Duration.ofSeconds(30)));
        Files.deleteIfExists(layout.pids().resolve(PART + ".pid"));
    }
}
