// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Brings a workspace file's schema up to date, one numbered SQL script at a time, each in its own
 * transaction. A script's version is the number in its name ({@code V5__...} is version 5), and every
 * script not yet recorded is applied in order, so versions reserved by work merged later fill in.
 */
final class Migrations {

    /** In order; a released script never changes, a new one is appended. */
    static final List<String> SCRIPTS = List.of(
            "V1__runs_and_pairs.sql",
            "V2__analysis_results.sql",
            "V3__embedding_cache.sql",
            "V4__import_shapes.sql",
            "V5__replay_responses.sql",
            "V7__run_manifests.sql",
            "V8__previous_findings.sql");

    private Migrations() {
    }

    static int latestVersion() {
        return SCRIPTS.stream().mapToInt(Migrations::versionOf).max().orElse(0);
    }

    static int versionOf(String script) {
        return Integer.parseInt(script.substring(1, script.indexOf("__")));
    }

    static void apply(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)");
        }
        Set<Integer> applied = appliedVersions(connection);
        int newest = applied.stream().mapToInt(Integer::intValue).max().orElse(0);
        if (newest > latestVersion()) {
            throw new StorageException("This workspace was written by a newer Shiftlens (schema version " + newest
                    + ", this one knows up to " + latestVersion() + "). Open it with the newer version.");
        }
        for (String script : SCRIPTS) {
            if (!applied.contains(versionOf(script))) {
                applyOne(connection, versionOf(script), read(script));
            }
        }
    }

    private static Set<Integer> appliedVersions(Connection connection) throws SQLException {
        Set<Integer> versions = new HashSet<>();
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT version FROM schema_version")) {
            while (rows.next()) {
                versions.add(rows.getInt(1));
            }
        }
        return versions;
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
