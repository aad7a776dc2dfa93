"""
gunicorn's settings for factcheck: ``gunicorn factcheck.wsgi -c gunicorn.conf.py`` (what ``make serve`` runs).

Each can be changed through the environment; a bad number stops the start naming the variable.
Logs go to the terminal: the access log to stdout, gunicorn's and Django's lines to stderr, each
line once and each with the request's id (``X-Request-ID``, see core/request_id.py).
"""

import logging
import multiprocessing
import os
import sys


def _positive_int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) < 1:
        raise SystemExit(f"{name}={raw!r} is not a whole number of at least 1.")
    return int(raw)


# Behind a proxy on the same machine; in a container or behind a load balancer, 0.0.0.0:8000.
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# The usual (2 x cores) + 1 synchronous workers; each keeps its own database connection.
workers = _positive_int("WEB_CONCURRENCY", 2 * multiprocessing.cpu_count() + 1)
threads = _positive_int("GUNICORN_THREADS", 1)  # more than 1 switches to the threaded worker
timeout = _positive_int("GUNICORN_TIMEOUT", 30)  # a worker silent for this long is killed and replaced
graceful_timeout = _positive_int("GUNICORN_GRACEFUL_TIMEOUT", 30)  # to finish requests on restart
keepalive = 5
# Workers fork from a master that has already loaded Django and every view (factcheck/wsgi.py
# imports the URLconf), and share that memory: a worker replaced after max_requests serves at
# once, where it would otherwise spend a second importing before its first answer. Nothing opens
# a database or cache connection at import. A code change then needs a restart, not a HUP.
preload_app = True
# Replace each worker after about 1,000 requests, so a slow leak never grows for long.
max_requests = _positive_int("GUNICORN_MAX_REQUESTS", 1000)
max_requests_jitter = max_requests // 10
# The heartbeat file on memory, not disk: a slow disk must not get workers killed as silent.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
# Several gunicorns on one machine would fight over the default control socket, and nobody uses it.
control_socket_disable = True

accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
# Combined log format with the request id, the client behind the proxy and the duration.
access_log_format = (
    '%(h)s %({x-forwarded-for}i)s %(t)s [%({x-request-id}o)s] "%(r)s" %(s)s %(b)s %(M)sms "%(f)s" "%(a)s"'
)


def worker_exit(server, worker):
    """
    End a worker at once, with the exit code it was leaving with. Python's own shutdown of a
    process that has loaded Django (finalising every module and object) took two seconds here on
    a busy machine, and with max_requests it comes every 1,000 requests, a pause in which that
    worker answers nobody. Database connections are closed and the logs flushed first; nothing of
    ours relies on atexit.
    """
    leaving = sys.exc_info()[1]
    code = leaving.code if isinstance(leaving, SystemExit) else 0
    try:
        from django.db import connections

        connections.close_all()
    finally:
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code if isinstance(code, int) else 1)
