# Production image: gunicorn serving the hub; static files collected at build time (whitenoise).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app

# WeasyPrint (route PDFs) needs Pango; Noto fonts render Arabic (right to left) and Tigrinya.
# postgresql-client: pg_dump/pg_restore for `manage.py backup` and `restore` (docs/operations.md).
RUN apt-get update \
 && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 fonts-noto-core \
    postgresql-client \
 && rm -rf /var/lib/apt/lists/*

COPY requirements.lock pyproject.toml README.md ./
RUN pip install -r requirements.lock
COPY . .
RUN pip install --no-deps -e . \
 && DEBUG=false SECRET_KEY=build-only ALLOWED_HOSTS=build python manage.py collectstatic --noinput \
 && mkdir -p /app/media && useradd --system --home /app hub && chown -R hub /app/media

USER hub
EXPOSE 8000
# --timeout 120: an admin file import indexes what it wrote after its commit, in the same
# request (10,000 Komvux offers: about 5 s to import, 20 s to index in five languages).
CMD ["gunicorn", "hub.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--timeout", "120", "--access-logfile", "-"]
