// SPDX-License-Identifier: GPL-3.0-or-later
package dev.shiftlens.storage;

import dev.shiftlens.analysis.embed.EmbeddingCache;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The workspace's embedding cache; each putAll commits, so a crash loses at most the batch in flight. */
final class DuckDbEmbeddingCache implements EmbeddingCache {

    private static final int KEYS_PER_QUERY = 500;

    private final Connection connection;
    private final Object lock;

    DuckDbEmbeddingCache(Connection connection, Object lock) {
        this.connection = connection;
        this.lock = lock;
    }

    @Override
    public Map<String, float[]> getAll(String modelId, Collection<String> keys) {
        Map<String, float[]> found = new HashMap<>();
        List<String> all = new ArrayList<>(keys);
        synchronized (lock) {
            for (int start = 0; start < all.size(); start += KEYS_PER_QUERY) {
                List<String> chunk = all.subList(start, Math.min(all.size(), start + KEYS_PER_QUERY));
                String placeholders = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT text_key, vector FROM embeddings WHERE model = ? AND text_key IN (" + placeholders + ")")) {
                    select.setString(1, modelId);
                    for (int i = 0; i < chunk.size(); i++) {
                        select.setString(i + 2, chunk.get(i));
                    }
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            found.put(rows.getString(1), floats(rows.getBytes(2)));
                        }
                    }
                } catch (SQLException e) {
                    throw new StorageException("cannot read cached embeddings", e);
                }
            }
        }
        return found;
    }

    /**
     * Rows per INSERT statement: DuckDB's JDBC driver runs a batch row by row (measured ~3 ms a row, which made
     * storing vectors slower than the static model computing them), while one statement of many rows is one pass.
     */
    private static final int ROWS_PER_INSERT = 256;

    @Override
    public void putAll(String modelId, Map<String, float[]> vectorsByKey) {
        List<Map.Entry<String, float[]>> entries = new ArrayList<>(vectorsByKey.entrySet());
        synchronized (lock) {
            try {
                for (int start = 0; start < entries.size(); start += ROWS_PER_INSERT) {
                    insert(modelId, entries.subList(start, Math.min(entries.size(), start + ROWS_PER_INSERT)));
                }
            } catch (SQLException e) {
                throw new StorageException("cannot store embeddings in the workspace", e);
            }
        }
    }

    private void insert(String modelId, List<Map.Entry<String, float[]>> rows) throws SQLException {
        String values = String.join(",", java.util.Collections.nCopies(rows.size(), "(?, ?, ?)"));
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR IGNORE INTO embeddings (model, text_key, vector) VALUES " + values)) {
            int parameter = 1;
            for (Map.Entry<String, float[]> row : rows) {
                insert.setString(parameter++, modelId);
                insert.setString(parameter++, row.getKey());
                insert.setBytes(parameter++, bytes(row.getValue()));
            }
            insert.executeUpdate();
        }
    }

    private static byte[] bytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    private static float[] floats(byte[] bytes) {
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }
}
