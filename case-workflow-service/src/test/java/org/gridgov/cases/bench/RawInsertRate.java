package org.gridgov.cases.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.gridgov.testing.TestInfrastructure;

/**
 * The yardstick: how many single-row inserts per second, each committed on its own, several
 * clients at once, the PostgreSQL of this run takes. A benchmark's figure divided by this one says
 * how much of the database's raw capacity a unit of work costs, whatever the machine.
 */
final class RawInsertRate {

    private RawInsertRate() {
    }

    /** Measures with 8 clients for 5 seconds, and prints the figure. */
    static double measureAndPrint() throws Exception {
        double rate = measure(8, Duration.ofSeconds(5));
        System.out.printf("raw inserts: %.0f rows/s (single-row, committed each, 8 clients)%n", rate);
        return rate;
    }

    static double measure(int clients, Duration duration) throws Exception {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        String url = infrastructure.newDatabase("bench_raw_inserts");
        String user = infrastructure.postgres().username();
        String password = infrastructure.postgres().password();
        try (Connection setup = DriverManager.getConnection(url, user, password);
             Statement statement = setup.createStatement()) {
            statement.execute("create table raw_insert (id bigserial primary key, payload text not null, "
                    + "created_at timestamptz not null default now())");
        }
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + duration.toNanos();
        long started = System.nanoTime();
        List<Future<Long>> counts = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            counts.add(threads.submit(() -> insertUntil(url, user, password, end)));
        }
        long rows = 0;
        for (Future<Long> count : counts) {
            rows += count.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        threads.shutdown();
        return rows / seconds;
    }

    private static long insertUntil(String url, String user, String password, long end) throws SQLException {
        long rows = 0;
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement insert = connection.prepareStatement("insert into raw_insert (payload) values (?)")) {
            connection.setAutoCommit(true);
            while (System.nanoTime() < end) {
                insert.setString(1, "a report of about this size, committed on its own " + rows);
                insert.executeUpdate();
                rows++;
            }
        }
        return rows;
    }
}
