package dev.broadsheet.examples.spring;

/** Placeholder until the PostgreSQL harness lands. */
final class PostgresCluster {
    static final String USER = "broadsheet";

    private PostgresCluster() {
    }
}
