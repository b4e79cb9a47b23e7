package nl.regiokompas.platform.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The PostgreSQL notifications (NOTIFY) this instance listens to, on one dedicated database connection for
 * all channels. Reconnects after a database failure; a notification sent while it reconnects, or before a
 * newly registered channel is listened to (within half a second), is lost, so every listener must also catch
 * up by itself now and then.
 */
@Component
public class DatabaseNotifications {

    private static final Logger log = LoggerFactory.getLogger(DatabaseNotifications.class);
    private static final int WAIT_MILLIS = 500;
    private static final Pattern CHANNEL_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private final DataSource dataSource;
    private final Map<String, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    DatabaseNotifications(DataSource dataSource) {
        this.dataSource = dataSource;
        this.thread = new Thread(this::listen, "database-notifications");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Hands the payload of every notification on the channel to the listener, on the listening thread. */
    public void listen(String channel, Consumer<String> listener) {
        if (!CHANNEL_NAME.matcher(channel).matches()) {
            throw new IllegalArgumentException("Not a plain channel name: '" + channel + "'");
        }
        listeners.computeIfAbsent(channel, name -> new CopyOnWriteArrayList<>()).add(listener);
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                Set<String> listening = new HashSet<>();
                while (running) {
                    for (String channel : listeners.keySet()) {
                        if (listening.add(channel)) {
                            statement.execute("LISTEN " + channel);
                        }
                    }
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            deliver(notification);
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Database notifications interrupted, listening again in a second: {}", e.getMessage());
                    pause();
                }
            }
        }
    }

    private void deliver(PGNotification notification) {
        for (Consumer<String> listener : listeners.getOrDefault(notification.getName(), List.of())) {
            try {
                listener.accept(notification.getParameter());
            } catch (RuntimeException e) {
                log.warn("A listener of {} failed on '{}': {}", notification.getName(), notification.getParameter(),
                        e.toString());
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @PreDestroy
    void close() throws InterruptedException {
        running = false;
        thread.join(2 * WAIT_MILLIS + 1000L);
    }
}
