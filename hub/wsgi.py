"""WSGI entry point for gunicorn; it stops at start-up when an enabled plugin is invalid."""

import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings")
application = get_wsgi_application()

from hub.plugins.checks import raise_for_invalid_plugins  # noqa: E402 - needs the apps loaded above

raise_for_invalid_plugins()

# What start-up loaded lives as long as the worker: keep it out of the garbage collector's full
# passes, which otherwise walk all of it (0.1-0.14 s, measured) in the middle of a request.
gc.freeze()
