package kg.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Starts a Neo4j Community DBMS with Bolt on 127.0.0.1:PORT, prints one ready line, and
 * shuts down cleanly on SIGTERM.
 *
 * Usage: java -jar kg-test-neo4j.jar [PORT] [DATA_DIR]; PORT defaults to $NEO4J_TEST_PORT or
 * 7687. With $NEO4J_TEST_PASSWORD set, authentication is on and user neo4j has that password
 * (so a wrong password can be tested); without it, authentication is off.
 */
public final class Launcher {
    public static void main(String[] args) throws Exception {
        String envPort = System.getenv("NEO4J_TEST_PORT");
        int port = args.length > 0 ? Integer.parseInt(args[0])
                : envPort != null ? Integer.parseInt(envPort) : 7687;
        Path home = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("kg-neo4j-");

        String password = System.getenv("NEO4J_TEST_PASSWORD");
        boolean auth = password != null && !password.isEmpty();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                // Bolt waits 5 s for its thread pool and 5 s for its connections on shutdown;
                // the tests close their drivers first, so those 10 s are only waiting.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(100))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(100))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
                .build();
        if (auth) {
            // Embedded calls bypass Bolt auth, so the initial password can be set directly.
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED",
                    java.util.Map.of("pw", password));
        }
        // Touch the default database so "ready" means queries will be answered.
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }, "kg-neo4j-shutdown"));
        System.out.println("NEO4J READY bolt://127.0.0.1:" + port);
        System.out.flush();
        stopped.await();
    }
}
