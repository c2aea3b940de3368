package org.gridgov.notifications;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.gridgov.events.units.UnitState;
import org.gridgov.runtime.units.UnitReplica;
import org.gridgov.testing.StreamedEvent;
import org.gridgov.testing.TestInfrastructure;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * {@code ./gridgov bench fanout [events]}: how many notifications per second one instance of the
 * service fans out from a replayed stream of case events (100,000 by default) over a generated
 * county shaped like Nanhe's countryside, on the real PostgreSQL and broker of test-support. A
 * notification counts once stored with its deliveries (inbox, SMS, e-mail, webhook) in the
 * transaction of its event. The stream is published before the listeners start, so the time is
 * the service's alone. Then the service restarts and its delivery worker sends what waits in
 * PostgreSQL to local stand-ins (an SMTP server, an SMS gateway, departments' receivers) for a
 * while: that pace is reported too.
 */
public final class FanoutBenchmark {

    private static final int DEFAULT_EVENTS = 100_000;
    private static final int WARMUP_EVENTS = 3_000;
    private static final int SENDING_WINDOW_SECONDS = 20;
    private static final String CONSUMER = "notification.case-events";

    private FanoutBenchmark() {
    }

    public static void main(String[] args) {
        int status = 1;
        try {
            run(args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_EVENTS);
            status = 0;
        } catch (Exception e) {
            e.printStackTrace();
        }
        // The embedded broker's threads would keep the JVM alive.
        System.exit(status);
    }

    private static void run(int events) throws Exception {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        LocalChannels channels = LocalChannels.get();
        GeneratedNanhe county = new GeneratedNanhe();
        Map<String, Object> properties = properties(infrastructure, channels);
        // The delivery worker idles while the stream is read (it polls at start, then after an hour), so
        // the fan-out has the machine to itself; the sending is measured afterwards, on its own.
        properties.put("gridgov.notifications.delivery.poll-interval", "1h");

        Counts fannedOut;
        double fanout;
        try (ConfigurableApplicationContext service = start(properties)) {
            JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
            List<MessageListenerContainer> listeners = List.copyOf(
                    service.getBean(KafkaListenerEndpointRegistry.class).getListenerContainers());

            publish(infrastructure, county.unitStream());
            UnitReplica units = service.getBean(UnitReplica.class);
            while (units.staffOf(county.grids().getLast(), "GRID_WORKER").isEmpty()) {
                Thread.sleep(50);
            }
            givenPeopleAndDepartments(jdbc, county, channels);

            List<StreamedEvent> warmup = county.caseStream(WARMUP_EVENTS, 7);
            publish(infrastructure, warmup);
            listeners.forEach(MessageListenerContainer::start);
            awaitProcessed(jdbc, warmup.size());
            listeners.forEach(MessageListenerContainer::stop);

            List<StreamedEvent> stream = county.caseStream(events, 11);
            long publishStarted = System.nanoTime();
            publish(infrastructure, stream);
            double publishSeconds = (System.nanoTime() - publishStarted) / 1e9;
            Counts before = Counts.of(jdbc);

            long started = System.nanoTime();
            listeners.forEach(MessageListenerContainer::start);
            awaitProcessed(jdbc, warmup.size() + stream.size());
            double seconds = (System.nanoTime() - started) / 1e9;
            fannedOut = Counts.of(jdbc);

            long notifications = fannedOut.notifications() - before.notifications();
            long deliveries = fannedOut.deliveries() - before.deliveries();
            long cases = stream.stream().map(StreamedEvent::key).distinct().count();
            System.out.printf("stream: %d case events of %d cases over %d units (%d grids), published in %.1f s%n",
                    stream.size(), cases, county.units().size(), county.grids().size(), publishSeconds);
            System.out.printf("fan-out: %.1f s, %.0f events/s; %d notifications stored with %d deliveries (%.0f deliveries/s)%n",
                    seconds, stream.size() / seconds, notifications, deliveries, deliveries / seconds);
            fanout = notifications / seconds;
        }

        // A restart later: what waits in PostgreSQL is sent by the worker at its production settings.
        properties.remove("gridgov.notifications.delivery.poll-interval");
        try (ConfigurableApplicationContext service = start(properties)) {
            JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
            long started = System.nanoTime();
            Counts sending = fannedOut;
            while (sending.pending() > 0 && System.nanoTime() - started < TimeUnit.SECONDS.toNanos(SENDING_WINDOW_SECONDS)) {
                Thread.sleep(200);
                sending = Counts.of(jdbc);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long sent = sending.sentOutside() - fannedOut.sentOutside();
            System.out.printf("sending after a restart, to the local SMTP server, SMS gateway and receivers: %d in %.1f s "
                    + "(%.0f deliveries/s), %d still pending%n", sent, seconds, sent / seconds, sending.pending());
        }
        System.out.printf("fanout: %.0f notifications/s%n", fanout);
    }

    private static ConfigurableApplicationContext start(Map<String, Object> properties) {
        // As command-line arguments, so that they win over application.yaml.
        return new SpringApplicationBuilder(NotificationApplication.class).web(WebApplicationType.NONE)
                .run(properties.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                        .toArray(String[]::new));
    }

    private static Map<String, Object> properties(TestInfrastructure infrastructure, LocalChannels channels) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", infrastructure.newDatabase("bench_fanout"));
        properties.put("spring.datasource.username", infrastructure.postgres().username());
        properties.put("spring.datasource.password", infrastructure.postgres().password());
        properties.put("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
        properties.put("spring.kafka.consumer.group-id", "notification-bench-" + UUID.randomUUID());
        properties.put("spring.kafka.listener.auto-startup", "false");
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.org.apache.kafka", "ERROR");
        properties.put("logging.structured.format.console", "");
        properties.put("management.tracing.sampling.probability", "0");
        properties.put("spring.mail.host", "localhost");
        properties.put("spring.mail.port", channels.smtpPort());
        properties.put("gridgov.notifications.email.enabled", "true");
        properties.put("gridgov.notifications.sms.enabled", "true");
        properties.put("gridgov.notifications.sms.url", channels.smsGateway.url(LocalChannels.SMS_PATH));
        properties.put("gridgov.notifications.sms.quiet-start", "00:00");
        properties.put("gridgov.notifications.sms.quiet-end", "00:00");
        properties.put("gridgov.notifications.webhooks.allow-plain-http", "true");
        return properties;
    }

    /**
     * Grid workers have a phone, the other staff an e-mail address (one in ten reads English); the
     * county's and each town's command centre follow their territory; each department has one endpoint.
     */
    private static void givenPeopleAndDepartments(JdbcTemplate jdbc, GeneratedNanhe county, LocalChannels channels) {
        List<Object[]> contacts = new ArrayList<>();
        List<Object[]> subscriptions = new ArrayList<>();
        for (UnitState unit : county.units()) {
            for (UnitState.StaffMember member : unit.staff()) {
                boolean worker = member.role().equals("GRID_WORKER");
                contacts.add(new Object[] {member.accountId(), worker ? null : member.accountId() + "@nanhe.example",
                        worker ? String.format("138%08d", contacts.size()) : null, contacts.size() % 10 == 0 ? "en" : "zh-CN"});
            }
            if (unit.level().equals("COUNTY") || unit.level().equals("TOWN")) {
                String centre = "cc-" + unit.code();
                subscriptions.add(new Object[] {UUID.randomUUID(), centre, unit.code()});
                contacts.add(new Object[] {centre, centre + "@nanhe.example", null, "zh-CN"});
            }
        }
        jdbc.batchUpdate("insert into contact_point (account_id, email, phone, locale) values (?, ?, ?, ?)", contacts);
        jdbc.batchUpdate("insert into subscription (id, account_id, unit_code) values (?, ?, ?)", subscriptions);
        for (String department : GeneratedNanhe.DEPARTMENTS) {
            jdbc.update("insert into webhook_endpoint (id, department_code, url, secret, created_by) values (?, ?, ?, ?, ?)",
                    UUID.randomUUID(), department, channels.departments.url("/hooks/" + department),
                    "whsec_bench_" + department, "bench");
        }
    }

    /**
     * Publishes in order per key, without waiting for each record as a replay of a small stream file
     * does. One request in flight keeps the order through retries: the topics were created a moment
     * ago and answer "not leader" at first (a record sent twice is read once, by its id).
     */
    private static void publish(TestInfrastructure infrastructure, List<StreamedEvent> events) throws Exception {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            List<Future<?>> sent = new ArrayList<>(events.size());
            events.forEach(event -> sent.add(producer.send(event.toProducerRecord())));
            producer.flush();
            for (Future<?> record : sent) {
                record.get();
            }
        }
    }

    private static void awaitProcessed(JdbcTemplate jdbc, int events) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
        long reported = System.nanoTime();
        int processed;
        while ((processed = jdbc.queryForObject("select count(*) from gridgov_processed_event where consumer = ?",
                Integer.class, CONSUMER)) < events) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the service did not read the stream within 30 minutes");
            }
            if (System.nanoTime() - reported > TimeUnit.SECONDS.toNanos(15)) {
                System.out.printf("  %d of %d events read%n", processed, events);
                reported = System.nanoTime();
            }
            Thread.sleep(200);
        }
    }

    private record Counts(long notifications, long deliveries, long sentOutside, long pending) {

        static Counts of(JdbcTemplate jdbc) {
            return jdbc.queryForObject("""
                    select (select count(*) from notification) as notifications,
                           count(*) as deliveries,
                           count(*) filter (where channel <> 'INBOX' and status = 'SENT') as sent_outside,
                           count(*) filter (where status = 'PENDING') as pending
                    from delivery
                    """, (row, index) -> new Counts(row.getLong("notifications"), row.getLong("deliveries"),
                    row.getLong("sent_outside"), row.getLong("pending")));
        }
    }
}
