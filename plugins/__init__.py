"""Regional plugins: one Django app per region or cooperation area (see docs/plugins.md)."""
