package nl.regiokompas.web.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on one dedicated database connection for the notifications of {@link ViewerRegistry} and hands
 * each changed assessment id to the listener. Reconnects after a database failure.
 */
class PresenceNotifications implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PresenceNotifications.class);
    private static final int WAIT_MILLIS = 500;

    private final DataSource dataSource;
    private final Consumer<String> listener;
    private final Thread thread;
    private volatile boolean running = true;

    PresenceNotifications(DataSource dataSource, Consumer<String> listener) {
        this.dataSource = dataSource;
        this.listener = listener;
        this.thread = new Thread(this::listen, "presence-notifications");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("LISTEN " + ViewerRegistry.CHANNEL);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            listener.accept(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Presence notifications interrupted, listening again in a second: {}", e.getMessage());
                    pause();
                }
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

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(2 * WAIT_MILLIS + 1000L);
    }
}
