"""Public search over registry and pages: one interface, database and Elasticsearch backends."""
