package dev.broadsheet.examples.spring;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/** The few SQL differences between the two databases the site runs on. */
enum Dialect {
    /** H2 2.x: JSON documents in CLOB columns. */
    H2("?", "MERGE INTO flood_keys (author_key, last_at) KEY (author_key) VALUES (?, ?)"),
    /** PostgreSQL: JSON documents in jsonb columns, {@code ON CONFLICT} upserts. */
    POSTGRESQL("CAST(? AS JSONB)", "INSERT INTO flood_keys (author_key, last_at) VALUES (?, ?)"
            + " ON CONFLICT (author_key) DO UPDATE SET last_at = EXCLUDED.last_at");

    /** The parameter of a JSON column in an INSERT or UPDATE. */
    final String jsonParam;
    /** Creates or touches an author key's row, which also locks it until the transaction ends. */
    final String upsertFloodKey;

    Dialect(String jsonParam, String upsertFloodKey) {
        this.jsonParam = jsonParam;
        this.upsertFloodKey = upsertFloodKey;
    }

    static Dialect of(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("postgres")) {
                return POSTGRESQL;
            }
            if (product.contains("h2")) {
                return H2;
            }
            throw new IllegalStateException("unsupported database: " + product + " (H2 or PostgreSQL)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to learn its kind: " + e.getMessage(), e);
        }
    }
}
