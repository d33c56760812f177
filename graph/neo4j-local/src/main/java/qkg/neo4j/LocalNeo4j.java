package qkg.neo4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.server.CommunityBootstrapper;

/**
 * qkg's local Neo4j: the real Community server (Bolt + HTTP with the Query API, auth enabled,
 * data kept between runs) started in this JVM from the Maven Central jars, without a distribution.
 *
 * Usage: java -cp … qkg.neo4j.LocalNeo4j HOME BOLT_ADDRESS HTTP_ADDRESS USER
 * with the password in the environment variable NEO4J_PASSWORD (not on the command line, where
 * `ps` would show it). Runs in the foreground until SIGTERM/SIGINT; the qkg CLI runs it detached,
 * keeps its pid and waits for Bolt (ingest/neo4j/local-server.ts).
 */
public final class LocalNeo4j {
  private LocalNeo4j() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: LocalNeo4j HOME BOLT_ADDRESS HTTP_ADDRESS USER   (password in NEO4J_PASSWORD)");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    String bolt = args[1];
    String http = args[2];
    String user = args[3];
    String password = System.getenv("NEO4J_PASSWORD");
    if (password == null || password.length() < 8) {
      // Neo4j refuses passwords shorter than 8 characters (dbms.security.auth_minimum_password_length).
      System.err.println("NEO4J_PASSWORD must be set to at least 8 characters");
      System.exit(2);
    }

    Map<String, String> settings = settings(home, bolt, http);
    Path conf = writeConfig(home, settings);

    CommunityBootstrapper server = new CommunityBootstrapper();
    // The bootstrapper installs its own SIGTERM/SIGINT handlers that shut the database down cleanly
    // and exit, which is what `qkg neo4j stop` relies on.
    int status = server.start(home, conf, Map.of(), false, false);
    if (status != 0) {
      System.err.println("Neo4j failed to start (status " + status + "); see " + home.resolve("logs"));
      System.exit(status);
    }
    ensureUser(server.getDatabaseManagementService(), user, password);
    System.out.println("qkg-neo4j ready bolt://" + bolt + " http://" + http);
    System.out.flush();
    new CountDownLatch(1).await();
  }

  /** Every setting the local server depends on, written out explicitly rather than relying on defaults. */
  static Map<String, String> settings(Path home, String bolt, String http) {
    Map<String, String> s = new LinkedHashMap<>();
    s.put("server.directories.data", home.resolve("data").toString());
    s.put("server.directories.logs", home.resolve("logs").toString());
    s.put("server.directories.run", home.resolve("run").toString());
    s.put("server.directories.import", home.resolve("import").toString());
    s.put("server.directories.plugins", home.resolve("plugins").toString());
    // Loopback only: this is a developer's database, never a network service.
    s.put("server.default_listen_address", "127.0.0.1");
    s.put("server.bolt.enabled", "true");
    s.put("server.bolt.listen_address", bolt);
    s.put("server.bolt.advertised_address", bolt);
    s.put("server.http.enabled", "true");
    s.put("server.http.listen_address", http);
    s.put("server.http.advertised_address", http);
    s.put("server.https.enabled", "false");
    // The Query API (/db/{name}/query/v2) is served only when QUERY_API_ENDPOINTS is among the enabled
    // HTTP modules; the Worker's neo4j backend talks to nothing else. BROWSER is left out: its jar is not here.
    s.put("server.http_enabled_modules", "TRANSACTIONAL_ENDPOINTS,QUERY_API_ENDPOINTS");
    s.put("dbms.security.auth_enabled", "true");
    // Sized for a 2-core, shared developer machine; the heap is set on the java command line.
    s.put("server.memory.pagecache.size", "256m");
    // Transaction logs: small files, few kept, not preallocated (the defaults reserve 256 MB each).
    s.put("db.tx_log.rotation.retention_policy", "2 files");
    s.put("db.tx_log.rotation.size", "32M");
    s.put("db.tx_log.preallocate", "false");
    // No network beyond loopback: do not try to phone home.
    s.put("dbms.usage_report.enabled", "false");
    return s;
  }

  static Path writeConfig(Path home, Map<String, String> settings) throws IOException {
    Path dir = home.resolve("conf");
    Files.createDirectories(dir);
    StringBuilder text = new StringBuilder("# Written by qkg's LocalNeo4j at every start; edits are overwritten.\n");
    settings.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    Path conf = dir.resolve("neo4j.conf");
    Files.writeString(conf, text.toString(), StandardCharsets.UTF_8);
    return conf;
  }

  /**
   * Makes USER log in with the password from the environment, without a forced change. The embedded
   * API runs with full rights, so this works whatever the stored password was. Neo4j refuses to
   * "change" a password to the one already set; that case means there is nothing to do.
   */
  static void ensureUser(DatabaseManagementService dbms, String user, String password) {
    GraphDatabaseService system = dbms.database("system");
    Map<String, Object> params = Map.of("user", user, "password", password);
    system.executeTransactionally(
        "CREATE USER $user IF NOT EXISTS SET PASSWORD $password CHANGE NOT REQUIRED", params);
    try {
      system.executeTransactionally("ALTER USER $user SET PASSWORD $password CHANGE NOT REQUIRED", params);
    } catch (RuntimeException e) {
      String message = String.valueOf(e.getMessage());
      if (!message.contains("Old password and new password cannot be the same")) throw e;
    }
  }
}
