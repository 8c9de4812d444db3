"""The registry: validation models, credentials, Komvux offers, actors and reference data."""
