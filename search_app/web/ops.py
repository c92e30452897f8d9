"""Running the site: /healthz for load balancers, /metrics for Prometheus, one JSON access
log line per request with a request id, caching headers a reverse proxy can follow, and a
per-client rate limit on search and export.

Metrics are the official client's (prometheus_client). `serve` runs several worker
processes; it points PROMETHEUS_MULTIPROC_DIR at a folder of its own before they start,
and /metrics sums every worker's counts, whichever worker answers the scrape. What the
index, the outbox and the database hold is read when scraped, not counted.
"""

from __future__ import annotations

import json
import logging
import os
import re
import threading
import time
import uuid
from collections import deque
from pathlib import Path

from flask import Blueprint, Response, current_app, g, request
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.multiprocess import MultiProcessCollector
from werkzeug.middleware.proxy_fix import ProxyFix

from search_app.index import current_manifest
from search_app.publish import SERVING, follow_status

blueprint = Blueprint("ops", __name__)
access_log = logging.getLogger("minutes_search.access")
MULTIPROCESS = "PROMETHEUS_MULTIPROC_DIR"

REQUESTS = Counter("minutes_http_requests_total", "Requests answered, by route and status.",
                   ["route", "status"])  # fmt: skip
SECONDS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
LATENCY = Histogram("minutes_http_request_seconds", "Time to answer a request, by route.",
                    ["route"], buckets=SECONDS)  # fmt: skip
SEARCH_LATENCY = Histogram("minutes_search_seconds", "Time a search took, by engine.",
                           ["engine"], buckets=SECONDS)  # fmt: skip

# Caching: what a proxy may keep, and for how long (seconds). Pages that carry a form's
# token (web/csrf.py marks them) are the visitor's own: private. Alert pages: never.
LONG, SHORT = 300, 30
SHORT_LIVED = {"pages.search", "api.api_search", "api.search_csv", "api.search_atom",
               "pages.landing", "ops.healthz", "ops.metrics"}  # fmt: skip
NEVER = {"ops.healthz", "ops.metrics"}
RATE_LIMITED = {"pages.search", "api.api_search", "api.search_csv", "api.search_atom"}
# A client's searches and exports a minute (MINUTES_SEARCHES_PER_MINUTE; 0: no limit). The
# client is the address the request came from: behind a reverse proxy, MINUTES_PROXIES
# says how many to trust for X-Forwarded-For, or every visitor would be the proxy.
SEARCHES_PER_MINUTE = 120
REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def install(app) -> None:
    """The operations side of an app: its routes, and what happens around every request."""
    proxies = int(app.config.get("PROXIES", 0) or 0)
    if proxies > 0:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies)  # the client; never the host
    app.register_blueprint(blueprint)
    app.before_request(start_request)
    app.before_request(limit_searches)
    app.after_request(finish_request)
    app.extensions["minutes_metrics"] = bool(app.config.get("METRICS", True))  # MINUTES_METRICS
    app.extensions["minutes_rate"] = RateLimit(
        int(app.config.get("SEARCHES_PER_MINUTE", SEARCHES_PER_MINUTE)), 60.0
    )


def start_request() -> None:
    g.started = time.perf_counter()
    sent = request.headers.get("X-Request-Id", "")
    g.request_id = sent if REQUEST_ID.match(sent) else uuid.uuid4().hex


def finish_request(response: Response) -> Response:
    seconds = time.perf_counter() - g.get("started", time.perf_counter())
    route = request.url_rule.rule if request.url_rule else "unmatched"
    if current_app.extensions["minutes_metrics"]:
        REQUESTS.labels(route, str(response.status_code)).inc()
        LATENCY.labels(route).observe(seconds)
    response.headers["X-Request-Id"] = g.get("request_id", "")
    response.headers.setdefault("Cache-Control", cache_control(response.status_code))
    access_log.info(json.dumps({
        "time": round(time.time(), 3), "request_id": g.get("request_id"),
        "method": request.method, "route": route, "path": request.path,
        "status": response.status_code, "ms": round(seconds * 1000, 1),
        "bytes": response.calculate_content_length(),
    }))  # fmt: skip
    return response


def cache_control(status: int) -> str:
    """Item, meeting and person pages for minutes, searches for seconds, anything of a
    visitor's own (a form's token, an alert) or any failure not at all."""
    endpoint = request.endpoint or ""
    if request.method != "GET" or endpoint.startswith("alerts.") or endpoint in NEVER:
        return "no-store"
    if status >= 500 or status == 429:
        return "no-store"
    age = SHORT if endpoint in SHORT_LIVED or status >= 400 else LONG
    return f"private, max-age={age}" if g.get("personal") else f"public, max-age={age}"


class RateLimit:
    """At most `limit` requests a client in any `window` seconds, in this process: a
    sliding window of request times per client address."""

    def __init__(self, limit: int, window: float) -> None:
        self.limit, self.window = limit, window
        self.seen: dict[str, deque] = {}
        self.pruned = 0.0
        self.lock = threading.Lock()

    def wait_for(self, client: str, now: float) -> float:
        """0 when the request may go (and it is counted), else seconds until it may. A
        limit of 0 is no limit."""
        if self.limit <= 0:
            return 0.0
        with self.lock:
            times = self.seen.setdefault(client, deque())
            while times and times[0] <= now - self.window:
                times.popleft()
            if len(times) >= self.limit:
                return times[0] + self.window - now
            times.append(now)
            if now - self.pruned > self.window:  # once a window: forget idle clients
                self.pruned = now
                self.seen = {k: v for k, v in self.seen.items() if v and v[-1] > now - self.window}
            return 0.0


def limit_searches():
    """A client's searches and exports beyond the limit are told to wait (429)."""
    if request.endpoint not in RATE_LIMITED:
        return None
    wait = current_app.extensions["minutes_rate"].wait_for(request.remote_addr or "", time.time())
    return too_many(wait) if wait > 0 else None


def too_many(wait: float):
    from search_app.web import error_heading, wants_json

    message = "Too many searches from your address: wait a minute and try again."
    if wants_json():
        answer = current_app.response_class(json.dumps({"error": message}), 429,
                                            mimetype="application/json")  # fmt: skip
    else:
        from flask import render_template

        answer = current_app.response_class(
            render_template("error.html", heading=error_heading(429), message=message), 429
        )
    answer.headers["Retry-After"] = str(max(1, round(wait)))
    return answer


@blueprint.get("/healthz")
def healthz():
    """Ready only with an index open; which generation it is and how old; how much waits
    in the outbox; whether the database answers. 503 when not ready."""
    from search_app.web.alerts import store

    index_dir = Path(current_app.config["INDEX_DIR"])
    manifest = current_manifest(index_dir)
    try:
        alerts = store()
        reachable = alerts.db.reachable()
    except Exception:  # noqa: BLE001 - a database that cannot even be opened is not reachable
        alerts, reachable = None, False
    state = {
        "index": index_state(index_dir, manifest),
        "database": {"kind": alerts.db.kind if alerts else "unknown", "reachable": reachable},
        "outbox": alerts.outbox_depth() if reachable else None,
    }
    if index_dir.name == SERVING:  # a web node following published generations
        state["following"] = follow_status(index_dir.parent)
    ready = bool(state["index"]["open"]) and reachable
    return {"status": "ready" if ready else "not ready", **state}, 200 if ready else 503


def index_state(index_dir: Path, manifest: dict | None) -> dict:
    from search_app.web import get_searcher

    if manifest is None:
        return {"open": False, "reason": "no index yet"}
    try:
        engine = get_searcher().current()
    except Exception as error:  # noqa: BLE001 - any failure to open means not ready
        return {"open": False, "reason": f"{type(error).__name__}: {error}"[:300]}
    committed = manifest.get("committed")
    return {
        "open": True, "engine": engine.name, "generation": manifest.get("generation"),
        "committed": committed,
        "age_seconds": round(time.time() - committed, 1) if committed else None,
        "documents": len(manifest.get("files", {})),
    }  # fmt: skip


@blueprint.get("/metrics")
def metrics():
    registry = REGISTRY
    if os.environ.get(MULTIPROCESS):
        registry = CollectorRegistry()
        MultiProcessCollector(registry)
    state = CollectorRegistry()
    state.register(StateCollector(Path(current_app.config["INDEX_DIR"])))
    body = generate_latest(registry) + generate_latest(state)
    return Response(body, mimetype=CONTENT_TYPE_LATEST)


class StateCollector:
    """What the index, the outbox and the harvest hold, read at scrape time."""

    def __init__(self, index_dir: Path) -> None:
        self.index_dir = index_dir

    def collect(self):
        from search_app.web import get_searcher

        manifest = current_manifest(self.index_dir) or {}
        if manifest:
            engine = get_searcher().current()
            items = sum(row.items for row in engine.meetings())
            yield gauge("minutes_index_generation", "The index generation served.",
                        manifest.get("generation", 0))  # fmt: skip
            yield gauge("minutes_index_generation_age_seconds",
                        "Seconds since the served generation was committed.",
                        time.time() - manifest.get("committed", time.time()))  # fmt: skip
            yield gauge("minutes_index_documents", "Source documents indexed.",
                        len(manifest.get("files", {})))  # fmt: skip
            yield gauge("minutes_index_items", "Agenda items indexed.", items)
        from search_app.web.alerts import store as alert_store

        store = alert_store()
        yield gauge("minutes_alerts_outbox", "Deliveries and emails not sent yet.",
                    store.outbox_depth())  # fmt: skip
        yield gauge("minutes_alerts_deliveries_sent", "Alert deliveries sent, in all.",
                    store.sent_count())  # fmt: skip
        saved, waiting = harvested(Path(current_app.config["CORPUS_DIR"]))
        yield gauge("minutes_harvest_documents", "Documents the harvest has saved, in all.", saved)
        yield gauge("minutes_harvest_meetings_awaiting_minutes",
                    "Meetings whose minutes the harvest waits for.", waiting)  # fmt: skip


def harvested(corpus: Path) -> tuple[int, int]:
    """(documents saved, meetings awaiting minutes) over every council's harvest state."""
    saved = waiting = 0
    for path in corpus.glob("*/.harvest.json") if corpus.is_dir() else []:
        try:
            state = json.loads(path.read_text(encoding="utf-8"))
            saved, waiting = (
                saved + len(state.get("done", {})),
                waiting + len(state.get("pending", {})),
            )
        except (OSError, ValueError, AttributeError):
            continue
    return saved, waiting


def gauge(name: str, documentation: str, value: float) -> GaugeMetricFamily:
    return GaugeMetricFamily(name, documentation, value=value)


def observe_search(engine: str, seconds: float) -> None:
    if current_app.extensions.get("minutes_metrics"):
        SEARCH_LATENCY.labels(engine).observe(seconds)
