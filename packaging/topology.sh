#!/usr/bin/env bash
# A whole team deployment on one machine (README "Scaling out"), for a demo and for the fault tests:
# PostgreSQL 15, optionally Redis, INGEST ingest instances and DISCOVER discover instances of glasstrend, and
# HAProxy in front (POST /api/v1/posts to the ingest instances, everything else to the discover ones), each on a
# free port on 127.0.0.1. Everything lives in DIR: data, logs, pid files, the generated configs, and
# DIR/topology.env, which names every address and pid for scripts (`. DIR/topology.env`).
#
# usage: packaging/topology.sh up DIR [--bin GLASSTREND] [--ingest N] [--discover M] [--redis] [--fast]
#                                     [--schedule 1m] [--set key=value …]
#        packaging/topology.sh down DIR           stop everything (SIGTERM: requests in flight finish)
#        packaging/topology.sh status DIR         what runs, and each instance's /health
#        packaging/topology.sh restart NAME DIR   stop and start one part again: postgres, redis, haproxy, or an
#                                                 instance (ingest1, discover1, …)
#        packaging/topology.sh stop NAME DIR      stop one part (SIGTERM; instances and services alike)
#        packaging/topology.sh start NAME DIR     start a stopped part again
#
# --fast runs PostgreSQL without fsync (tests; a crash of the machine may lose data, a crash of a process not).
# --schedule turns on discovery.schedule in the discover instances; --set adds any other config key (dotted).
# PostgreSQL refuses to run as root: as root, its folder belongs to the `postgres` user and its tools run as it.
# Needs: postgresql-15, haproxy, python3 (free ports, health checks), redis-server for --redis.
set -euo pipefail

die() { echo "topology: $*" >&2; exit 1; }
[ $# -ge 2 ] || die "usage: $0 up|down|status|restart|stop|start … DIR (see the header of this script)"
cmd="$1"
shift
name=""
case "$cmd" in restart | stop | start) name="$1"; shift ;; esac
dir="$1"
shift

pgbin="${GT_PG_BIN:-/usr/lib/postgresql/15/bin}"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
# Waits until GET URL answers 200 (or SECONDS pass); the Host header is what the instance accepts.
wait_http() {
    python3 - "$1" "${2:-30}" <<'EOF'
import sys, time, urllib.request
url, limit = sys.argv[1], float(sys.argv[2])
end = time.time() + limit
while time.time() < end:
    try:
        with urllib.request.urlopen(url, timeout=2) as r:
            if r.status == 200:
                sys.exit(0)
    except Exception:
        pass
    time.sleep(0.1)
sys.exit(1)
EOF
}
port_of() { sed -n "s/^${1}_PORT=//p" "$dir/topology.env"; }
# A backend of HAProxy's config for the instances of one role, checked on /health.
backend() { # role balance
    cat <<EOF
backend glasstrend_$1
    balance $2
    http-request set-header Host localhost
    option httpchk
    http-check send meth GET uri /health ver HTTP/1.1 hdr Host localhost
    http-check expect status 200
    default-server inter 500ms fall 2 rise 2 check
EOF
    for n in $GT_INSTANCES; do
        if [[ "$n" == "$1"* ]]; then echo "    server $n 127.0.0.1:$(port_of "$n")"; fi
    done
}
running() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
stop_pid() { # pidfile [signal]: stops the process and waits for it (30 s, then SIGKILL)
    local pidfile="$1" sig="${2:-TERM}" pid
    running "$pidfile" || { rm -f "$pidfile"; return 0; }
    pid="$(cat "$pidfile")"
    kill -"$sig" "$pid" 2>/dev/null || true
    for _ in $(seq 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
    rm -f "$pidfile"
}

start_postgres() {
    as_pg "$pgbin/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/log" -w -t 60 \
        -o "-p $GT_PG_PORT -k $dir/pg -c listen_addresses=127.0.0.1 -c max_connections=100 $pgfast" start >/dev/null
}
stop_postgres() { as_pg "$pgbin/pg_ctl" -D "$dir/pg/data" -m fast -w -t 60 stop >/dev/null 2>&1 || true; }

start_redis() {
    redis-server --bind 127.0.0.1 --port "$GT_REDIS_PORT" --save '' --appendonly no --daemonize yes \
        --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" --dir "$dir" >/dev/null
    for _ in $(seq 100); do running "$dir/redis.pid" && break; sleep 0.05; done
}

start_haproxy() { haproxy -D -f "$dir/haproxy.cfg" -p "$dir/haproxy.pid"; }

start_instance() { # name
    local n="$1" role port
    role="${n%%[0-9]*}"
    port="$(port_of "$n")"
    # setsid: the instance outlives this script and the caller's terminal; its log is its own.
    setsid "$GT_BIN" --serve --role "$role" --host 127.0.0.1 --port "$port" --db "$GT_PG_URI" \
        --config "$dir/$role.yaml" >>"$dir/$n.log" 2>&1 </dev/null &
    echo $! >"$dir/$n.pid"
    wait_http "http://127.0.0.1:$port/health" 60 || die "$n did not answer /health on port $port (see $dir/$n.log)"
}

part_start() {
    case "$1" in
        postgres) start_postgres ;;
        redis) start_redis ;;
        haproxy) start_haproxy ;;
        ingest[0-9]* | discover[0-9]*) start_instance "$1" ;;
        *) die "no part named $1" ;;
    esac
}
part_stop() {
    case "$1" in
        postgres) stop_postgres ;;
        redis) stop_pid "$dir/redis.pid" ;;
        haproxy) stop_pid "$dir/haproxy.pid" USR1 ;; # soft stop: connections in flight finish
        ingest[0-9]* | discover[0-9]*) stop_pid "$dir/$1.pid" ;;
        *) die "no part named $1" ;;
    esac
}

load_env() {
    [ -f "$dir/topology.env" ] || die "$dir/topology.env not found: no topology was brought up in $dir"
    # shellcheck disable=SC1091
    . "$dir/topology.env"
    pgfast=""
    if [ "${GT_FAST:-0}" = 1 ]; then pgfast="-c fsync=off -c full_page_writes=off"; fi
}

up() {
    local bin="" ingest=2 discover=1 redis=0 fast=0 schedule="" sets=()
    while [ $# -gt 0 ]; do
        case "$1" in
            --bin) bin="$2"; shift 2 ;;
            --ingest) ingest="$2"; shift 2 ;;
            --discover) discover="$2"; shift 2 ;;
            --redis) redis=1; shift ;;
            --fast) fast=1; shift ;;
            --schedule) schedule="$2"; shift 2 ;;
            --set) sets+=("$2"); shift 2 ;;
            *) die "unknown option $1" ;;
        esac
    done
    [ -n "$bin" ] || bin="$(command -v glasstrend || true)"
    [ -x "$bin" ] || die "no glasstrend binary (--bin PATH, or install the package)"
    [ -x "$pgbin/initdb" ] || die "PostgreSQL 15 not found in $pgbin (apt install postgresql-15, or set GT_PG_BIN)"
    command -v haproxy >/dev/null || die "haproxy not found (apt install haproxy)"
    [ "$redis" = 0 ] || command -v redis-server >/dev/null || die "redis-server not found (apt install redis-server)"
    [ ! -f "$dir/topology.env" ] || die "$dir already holds a topology: '$0 down $dir' first, or use another folder"
    mkdir -p "$dir/pg"
    dir="$(cd "$dir" && pwd)"
    if [ "$(id -u)" = 0 ]; then
        chmod o+x "$dir" # the postgres user must reach its folder inside
        chown -R postgres:postgres "$dir/pg"
    fi

    local pgport haport
    pgport="$(free_port)"
    haport="$(free_port)"
    {
        echo "GT_DIR=$dir"
        echo "GT_BIN=$bin"
        echo "GT_FAST=$fast"
        echo "GT_PG_PORT=$pgport"
        echo "GT_PG_URI=postgresql://glasstrend@127.0.0.1:$pgport/glasstrend"
        echo "GT_URL=http://127.0.0.1:$haport"
        echo "GT_HAPROXY_PORT=$haport"
        [ "$redis" = 0 ] || echo "GT_REDIS_PORT=$(free_port)"
        local names=()
        for i in $(seq "$ingest"); do names+=("ingest$i"); done
        for i in $(seq "$discover"); do names+=("discover$i"); done
        echo "GT_INSTANCES=\"${names[*]}\""
        for n in "${names[@]}"; do echo "${n}_PORT=$(free_port)"; done
    } >"$dir/topology.env"
    load_env

    echo "topology: PostgreSQL on 127.0.0.1:$GT_PG_PORT" >&2
    as_pg "$pgbin/initdb" -D "$dir/pg/data" -U glasstrend --auth=trust -E UTF8 --locale=C --no-sync >"$dir/pg/initdb.log"
    start_postgres
    as_pg "$pgbin/createdb" -h 127.0.0.1 -p "$GT_PG_PORT" -U glasstrend glasstrend
    if [ "$redis" = 1 ]; then
        echo "topology: Redis on 127.0.0.1:$GT_REDIS_PORT" >&2
        start_redis
    fi

    # One config per role. Discover instances run the schedule (if any); the cache is shared by all.
    for role in ingest discover; do
        {
            echo "# written by packaging/topology.sh"
            echo "server:"
            echo "  allowed_hosts: [localhost, 127.0.0.1]"
            [ "$redis" = 0 ] || printf 'cache:\n  redis_url: redis://127.0.0.1:%s/0\n' "$GT_REDIS_PORT"
            if [ "$role" = discover ] && [ -n "$schedule" ]; then printf 'discovery:\n  schedule: %s\n' "$schedule"; fi
        } >"$dir/$role.yaml"
        for kv in "${sets[@]}"; do
            # key.sub=value → a nested YAML block appended (yaml-cpp merges nothing: one block per top-level key)
            python3 - "$dir/$role.yaml" "$kv" <<'EOF'
import sys
path, kv = sys.argv[1], sys.argv[2]
key, value = kv.split("=", 1)
parts = key.split(".")
lines = open(path).read().splitlines()
# Find or create each level in order; a tiny writer for the two-level keys GlassTrend has.
top, sub = parts[0], ".".join(parts[1:])
try:
    i = lines.index(top + ":")
    lines.insert(i + 1, "  %s: %s" % (sub, value))
except ValueError:
    lines += [top + ":", "  %s: %s" % (sub, value)]
open(path, "w").write("\n".join(lines) + "\n")
EOF
        done
    done

    # The first instance creates the schema; the others find it.
    for n in $GT_INSTANCES; do
        echo "topology: $n on 127.0.0.1:$(port_of "$n")" >&2
        start_instance "$n"
    done

    {
        cat <<EOF
# written by packaging/topology.sh (see packaging/haproxy/haproxy.cfg for the annotated example)
global
    maxconn 4096
defaults
    mode http
    timeout connect 2s
    timeout client 90s
    timeout server 90s
    timeout http-request 15s
    retries 2
    option redispatch
frontend glasstrend
    bind 127.0.0.1:$GT_HAPROXY_PORT
    acl ingest_route path /api/v1/posts /api/v1/posts/
    acl is_post method POST
    use_backend glasstrend_ingest if is_post ingest_route
    default_backend glasstrend_discover
EOF
        backend ingest leastconn
        backend discover roundrobin
    } >"$dir/haproxy.cfg"
    haproxy -c -q -f "$dir/haproxy.cfg" || die "the generated $dir/haproxy.cfg is invalid"
    start_haproxy
    wait_http "$GT_URL/health" 30 || die "HAProxy did not answer on $GT_URL"
    echo "topology: up; clients use $GT_URL (addresses and pids: $dir/topology.env)" >&2
}

down() {
    load_env
    stop_pid "$dir/haproxy.pid"
    for n in $GT_INSTANCES; do stop_pid "$dir/$n.pid"; done
    stop_pid "$dir/redis.pid"
    stop_postgres
    rm -f "$dir/topology.env"
    echo "topology: down (data kept in $dir)" >&2
}

status() {
    load_env
    echo "clients: $GT_URL"
    for n in $GT_INSTANCES; do
        local port
        port="$(port_of "$n")"
        if running "$dir/$n.pid"; then
            echo "$n: pid $(cat "$dir/$n.pid"), port $port: $(python3 -c 'import sys,urllib.request; print(urllib.request.urlopen(sys.argv[1], timeout=2).read().decode())' "http://127.0.0.1:$port/health" 2>&1 | tail -n 1)"
        else
            echo "$n: not running"
        fi
    done
    running "$dir/haproxy.pid" && echo "haproxy: pid $(cat "$dir/haproxy.pid")" || echo "haproxy: not running"
    [ -z "${GT_REDIS_PORT:-}" ] || { running "$dir/redis.pid" && echo "redis: port $GT_REDIS_PORT" || echo "redis: not running"; }
    as_pg "$pgbin/pg_isready" -h 127.0.0.1 -p "$GT_PG_PORT" -U glasstrend || true
}

case "$cmd" in
    up) up "$@" ;;
    down) down ;;
    status) status ;;
    stop) load_env; part_stop "$name" ;;
    start) load_env; part_start "$name" ;;
    restart) load_env; part_stop "$name"; part_start "$name" ;;
    *) die "unknown command $cmd" ;;
esac
