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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Brings a workspace file's schema up to date, one numbered SQL script at a time, each in its own transaction. */
final class Migrations {

    /**
     * In order; a released script never changes, a new one is appended. A script's version is the
     * number in its name (not its position), so versions handed out to parallel work may arrive in
     * any order and leave gaps.
     */
    static final List<String> SCRIPTS = List.of(
            "V1__runs_and_pairs.sql",
            "V2__analysis_results.sql",
            "V3__embedding_cache.sql",
            "V7__run_manifests.sql");

    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.+\\.sql");

    private Migrations() {
    }

    static int latestVersion() {
        return SCRIPTS.stream().mapToInt(Migrations::version).max().orElse(0);
    }

    static int version(String script) {
        Matcher matcher = VERSION.matcher(script);
        if (!matcher.matches()) {
            throw new IllegalStateException("migration script not named V<number>__<what>.sql: " + script);
        }
        return Integer.parseInt(matcher.group(1));
    }

    static void apply(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)");
        }
        Set<Integer> applied = appliedVersions(connection);
        int current = applied.stream().mapToInt(Integer::intValue).max().orElse(0);
        if (current > latestVersion()) {
            throw new StorageException("This workspace was written by a newer Shiftlens (schema version " + current
                    + ", this one knows up to " + latestVersion() + "). Open it with the newer version.");
        }
        for (String script : SCRIPTS) {
            // by set, not by maximum: a version merged in later than a higher one still gets applied
            if (!applied.contains(version(script))) {
                applyOne(connection, version(script), read(script));
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
