// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Brings a workspace file's schema up to date, one numbered SQL script at a time, each in its own transaction. */
final class Migrations {

    /** In order; a released script never changes, a new one is appended. */
    static final List<String> SCRIPTS = List.of(
            "V1__runs_and_pairs.sql",
            "V2__analysis_results.sql",
            "V3__embedding_cache.sql",
            "V4__import_shapes.sql");

    private Migrations() {
    }

    static int latestVersion() {
        return SCRIPTS.size();
    }

    static void apply(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)");
        }
        int current = currentVersion(connection);
        if (current > latestVersion()) {
            throw new StorageException("This workspace was written by a newer Shiftlens (schema version " + current
                    + ", this one knows up to " + latestVersion() + "). Open it with the newer version.");
        }
        for (int version = current + 1; version <= latestVersion(); version++) {
            applyOne(connection, version, read(SCRIPTS.get(version - 1)));
        }
    }

    private static int currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void applyOne(Connection connection, int version, String sql) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String part : sql.split(";\\s*\\n")) {
                String body = part.lines().filter(line -> !line.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip();
                if (!body.isEmpty()) {
                    statement.execute(body);
                }
            }
            statement.execute("INSERT INTO schema_version (version) VALUES (" + version + ")");
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static String read(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + script)) {
            if (in == null) {
                throw new IllegalStateException("migration script missing from the build: " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + script, e);
        }
    }
}
