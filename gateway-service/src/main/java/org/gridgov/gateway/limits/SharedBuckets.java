package org.gridgov.gateway.limits;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Buckets every replica shares ({@code gridgov.gateway.limits.store=postgresql}), in the gateway's own
 * database through bucket4j's PostgreSQL store, so the limits hold whatever the autoscaler does.
 *
 * <p>The select-for-update strategy: each request locks its bucket's row for one short transaction.
 * The advisory-lock strategy would lock on the hash code of the key, 32 bits of a string, so unrelated
 * buckets would wait on each other, and in the lock space Flyway's migrations lock in too; a row lock
 * holds exactly one bucket.
 *
 * <p>The database being slow or away must not take the gateway down: the pool waits for a connection at
 * most {@code store-timeout}, statements are cut off by the server after it ({@code statement_timeout},
 * which covers waiting for a row lock) and by the client after a few seconds of silence; the circuit
 * breaker of {@link RateLimitBuckets} then stops asking; Flyway migrates in the background, so the
 * gateway starts without its database; readiness does not include the database.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "gridgov.gateway.limits.store", havingValue = "postgresql")
@EnableConfigurationProperties(DataSourceProperties.class)
@EnableScheduling
class SharedBuckets {

    static final String TABLE = "rate_limit_bucket";

    private static final Logger log = LoggerFactory.getLogger(SharedBuckets.class);

    /**
     * The gateway's only DataSource (Boot's own is switched off in application.yaml, as it would fail
     * without a URL where the buckets stay in memory); {@code spring.datasource.*} as in every service.
     */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DataSourceProperties dataSource, LimitProperties limits) {
        HikariDataSource pool = dataSource.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        Duration timeout = limits.storeTimeout();
        long waitMillis = Math.max(250, timeout.toMillis()); // Hikari's least
        int silenceSeconds = (int) Math.max(1, timeout.multipliedBy(4).toSeconds());
        pool.setPoolName("rate-limit-store");
        pool.setConnectionTimeout(waitMillis);
        pool.setValidationTimeout(waitMillis);
        pool.addDataSourceProperty("options", "-c statement_timeout=" + timeout.toMillis());
        pool.addDataSourceProperty("connectTimeout", Integer.toString(silenceSeconds));
        pool.addDataSourceProperty("socketTimeout", Integer.toString(silenceSeconds));
        return pool;
    }

    @Bean
    Store sharedBucketStore(HikariDataSource dataSource) {
        return new Store(Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(LimitsConfiguration.EXPIRY)
                .build());
    }

    @Bean
    BucketTable bucketTable() {
        return new BucketTable();
    }

    /** The shared buckets, and their removal once they would be full again. */
    static final class Store {

        private static final int BATCH = 1000;

        private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

        Store(PostgreSQLSelectForUpdateBasedProxyManager<String> buckets) {
            this.buckets = buckets;
        }

        ProxyManager<String> buckets() {
            return buckets;
        }

        // A row holds a client's address or an account for no longer than its limit needs it.
        @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
        void removeExpired() {
            try {
                for (int round = 0; round < 100 && buckets.removeExpired(BATCH) == BATCH; round++) {
                    // Batches, so no statement runs into the store's timeout.
                }
            } catch (RuntimeException e) {
                log.debug("expired rate-limit buckets not removed this time: {}", e.toString());
            }
        }
    }

    /**
     * Creates the bucket table (Flyway, {@code db/migration}) in the background, so a gateway starts,
     * and serves with the stand-ins of {@link BucketChoice}, while its database is away;
     * {@code spring.flyway.connect-retries} keeps it trying until the database answers.
     */
    static final class BucketTable implements FlywayMigrationStrategy, DisposableBean {

        private volatile Thread migration;
        private volatile boolean closing;

        @Override
        public void migrate(Flyway flyway) {
            migration = Thread.ofVirtual().name("rate-limit-table").start(() -> {
                try {
                    flyway.migrate();
                } catch (FlywayException e) {
                    if (!closing) {
                        log.error("the rate-limit bucket table could not be migrated; the buckets' stand-ins answer", e);
                    }
                }
            });
        }

        @Override
        public void destroy() {
            closing = true;
            Thread running = migration;
            if (running != null) {
                running.interrupt();
            }
        }
    }
}
