"""The hub's open API wiring: router, schema, authentication."""
