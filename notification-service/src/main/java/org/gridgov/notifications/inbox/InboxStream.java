package org.gridgov.notifications.inbox;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live inbox streams open on this replica, fed by PostgreSQL {@code LISTEN} on the channel
 * {@link InboxSignal} notifies: a notification stored by any replica reaches its reader here.
 */
@Component
class InboxStream implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboxStream.class);

    private final DataSource dataSource;
    private final Inbox inbox;
    private final InboxStreamProperties properties;
    private final Map<String, Set<SseEmitter>> readers = new ConcurrentHashMap<>();
    private volatile boolean running;
    private volatile Thread listener;

    InboxStream(DataSource dataSource, Inbox inbox, InboxStreamProperties properties) {
        this.dataSource = dataSource;
        this.inbox = inbox;
        this.properties = properties;
    }

    SseEmitter open(String accountId) {
        SseEmitter emitter = new SseEmitter(properties.timeout().toMillis());
        readers.computeIfAbsent(accountId, key -> ConcurrentHashMap.newKeySet()).add(emitter);
        Runnable close = () -> forget(accountId, emitter);
        emitter.onCompletion(close);
        emitter.onTimeout(close);
        emitter.onError(error -> close.run());
        try {
            // Sends the headers at once, so the client knows the stream is open before anything happens.
            emitter.send(SseEmitter.event().comment("open"));
        } catch (IOException e) {
            forget(accountId, emitter);
        }
        return emitter;
    }

    /** How many streams are open for the account on this replica. */
    int openFor(String accountId) {
        return readers.getOrDefault(accountId, Set.of()).size();
    }

    private void forget(String accountId, SseEmitter emitter) {
        readers.computeIfPresent(accountId, (key, emitters) -> {
            emitters.remove(emitter);
            return emitters.isEmpty() ? null : emitters;
        });
    }

    private void listen() {
        long nextHeartbeat = System.currentTimeMillis() + properties.heartbeat().toMillis();
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("LISTEN " + InboxSignal.CHANNEL);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(500);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            deliver(notification.getParameter());
                        }
                    }
                    if (System.currentTimeMillis() >= nextHeartbeat) {
                        readers.forEach((account, emitters) -> emitters.forEach(emitter -> send(account, emitter,
                                SseEmitter.event().comment("heartbeat"))));
                        nextHeartbeat = System.currentTimeMillis() + properties.heartbeat().toMillis();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Inbox stream lost its database listener, reconnecting: {}", e.toString());
                    pause();
                }
            }
        }
    }

    private void deliver(String parameter) {
        int colon = parameter.indexOf(':');
        if (colon < 0) {
            return;
        }
        String accountId = parameter.substring(colon + 1);
        Set<SseEmitter> emitters = readers.get(accountId);
        if (emitters == null || emitters.isEmpty()) {
            return;
        }
        UUID id = UUID.fromString(parameter.substring(0, colon));
        inbox.find(accountId, id).ifPresent(item -> emitters.forEach(emitter -> send(accountId, emitter,
                SseEmitter.event().name("notification").id(id.toString()).data(item))));
    }

    private void send(String accountId, SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException gone) {
            forget(accountId, emitter);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        running = true;
        listener = Thread.ofPlatform().name("inbox-stream").daemon().start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        readers.values().forEach(emitters -> emitters.forEach(SseEmitter::complete));
        readers.clear();
        Thread thread = listener;
        if (thread != null) {
            try {
                thread.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
