"""Valideringsnavet's project core: settings, URLs, plugin loading, shared design and health."""

__version__ = "0.1.0"
