"""Alert pages: subscribe from a search, confirm, unsubscribe, manage, private feed.

No accounts and no passwords: every page after the subscription is reached by a
signed link sent by email. Answers never say whether an address already has
alerts, and subscription requests are rate limited per address and per client.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time

from flask import Blueprint, abort, current_app, render_template, request, url_for

from search_app.alerts import mail
from search_app.alerts.deliver import send_messages
from search_app.alerts.store import FREQUENCIES, AlertStore
from search_app.alerts.tokens import CONFIRM_DAYS, MANAGE_DAYS, Tokens
from search_app.alerts.webhook import WebhookRefused, check_webhook
from search_app.web import one_per_app, state_folder
from search_app.web.params import BadParameter, search_request

blueprint = Blueprint("alerts", __name__)
PER_ADDRESS = 5  # requests an hour for one address
PER_CLIENT = 20  # requests an hour from one client
HOUR = 3600.0
FEED_DAYS = 30
RETRY_SECONDS = 60.0  # a queued email that failed is tried again this often
logger = logging.getLogger(__name__)


def store() -> AlertStore:
    """The app's alert store (its tables are made once; each call opens a connection)."""
    return one_per_app("minutes_alerts", lambda _: AlertStore(state_folder()))


def tokens() -> Tokens:
    return Tokens(current_app.config["SECRET_KEY"])


def require_alerts_configured() -> None:
    if mail.mail_settings() is None:
        abort(503, "Email alerts are not configured on this site.")


def rate_limited(email: str) -> bool:
    """Over the limit for this address or this client (both kept only as hashes)."""
    alerts, now = store(), time.time()
    address = f"address:{digest(email.lower())}"
    client = f"client:{digest(request.remote_addr or '')}"
    return not (
        alerts.allow_request([address], PER_ADDRESS, HOUR, now)
        and alerts.allow_request([client], PER_CLIENT, HOUR, now)
    )


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:32]


class MailSender:
    """Sends the emails pages queue, in a thread of the server process, so that a page
    answers without waiting on SMTP. Started on first use (after the server forks its
    workers); wakes when a page queues mail, and every minute to retry a failure."""

    def __init__(self, alerts: AlertStore, signer: Tokens) -> None:
        self.alerts = alerts
        self.signer = signer
        self.wake_up = threading.Event()
        self.thread: threading.Thread | None = None
        self.lock = threading.Lock()
        self.stopped = False

    def stop(self) -> None:
        """No more sending from this app (its server is going, or a test is over)."""
        self.stopped = True
        self.wake_up.set()

    def wake(self) -> None:
        with self.lock:
            if self.thread is None or not self.thread.is_alive():
                self.thread = threading.Thread(target=self.run, name="mail-sender", daemon=True)
                self.thread.start()
        self.wake_up.set()

    def run(self) -> None:
        while True:
            self.wake_up.wait(RETRY_SECONDS)
            self.wake_up.clear()
            if self.stopped:
                return
            settings = mail.mail_settings()
            if settings is None:
                continue
            try:
                send_messages(self.alerts, settings, self.signer)
            except Exception:  # noqa: BLE001 - the sender outlives any one failure
                logger.exception("sending queued alert emails failed")


def queue_mail(email: str, kind: str, content: dict) -> None:
    """The email goes after the answer (see MailSender)."""
    store().queue_message(email, kind, content, time.time())
    one_per_app("minutes_mail_sender", lambda _: MailSender(store(), tokens())).wake()


@blueprint.post("/alerts")
def subscribe():
    require_alerts_configured()
    email = request.form.get("email", "").strip()
    frequency = request.form.get("frequency", "immediate")
    hook = request.form.get("webhook", "").strip() or None
    if not mail.is_address(email):
        raise BadParameter("That does not look like an email address.")
    if frequency not in FREQUENCIES:
        raise BadParameter(f"How often must be one of: {', '.join(FREQUENCIES)}.")
    if hook:
        try:
            check_webhook(hook)
        except WebhookRefused as error:
            raise BadParameter(f"The webhook cannot be used: {error}.") from error
    search = search_request(request.form)
    if rate_limited(email):
        return render_template("alerts.html", view="limited"), 429
    alert = store().add(email, search, frequency, hook, time.time())
    content = {
        "alert_id": alert.id,
        "subject": f"Confirm your alert: {mail.describe(search)}",
        "intro": f"Someone, we hope you, asked Minutes Search to email this address new items"
        f" for {mail.describe(search)} ({frequency}). Nothing is sent until you confirm; if it"
        f" was not you, ignore this email. The link works for {CONFIRM_DAYS} days.",
    }
    queue_mail(email, "confirm", content)
    return render_template("alerts.html", view="check_inbox", described=mail.describe(search))


@blueprint.route("/alerts/confirm/<token>", methods=["GET", "POST"])
def confirm(token: str):
    alert_id = tokens().read("confirm", token, CONFIRM_DAYS)
    alert = store().get(alert_id) if alert_id else None
    if alert is None:
        abort(404, "This confirmation link is not valid any more; subscribe again.")
    if request.method == "GET":  # a link checker's visit must not confirm
        return render_template("alerts.html", view="confirm", described=mail.describe(alert.search))
    store().confirm(alert.id, time.time())
    manage = url_for("alerts.manage", token=tokens().make("manage", alert.email))
    return render_template("alerts.html", view="confirmed", manage_url=manage,
                           described=mail.describe(alert.search))  # fmt: skip


@blueprint.route("/alerts/unsubscribe/<token>", methods=["GET", "POST"])
def unsubscribe(token: str):
    """GET shows a button; POST (the button, or a mail client's RFC 8058 one-click
    request) deletes the alert."""
    alert_id = tokens().read("unsubscribe", token)
    if alert_id is None:
        abort(404, "This unsubscribe link is not valid.")
    if request.method == "GET":
        alert = store().get(alert_id)
        described = mail.describe(alert.search) if alert else None
        return render_template("alerts.html", view="unsubscribe", described=described)
    store().delete(alert_id)
    return render_template("alerts.html", view="unsubscribed")


@blueprint.get("/alerts")
def alerts_home():
    return render_template(
        "alerts.html", view="ask_link", configured=mail.mail_settings() is not None
    )


@blueprint.post("/alerts/manage")
def send_manage_link():
    """The same answer, and the same work, whether or not the address has alerts: the
    sender decides after the answer whether the link is sent."""
    require_alerts_configured()
    email = request.form.get("email", "").strip()
    if not mail.is_address(email):
        raise BadParameter("That does not look like an email address.")
    if rate_limited(email):
        return render_template("alerts.html", view="limited"), 429
    content = {
        "subject": "Your Minutes Search alerts",
        "intro": f"Follow the link to see and change your alerts. It works for {MANAGE_DAYS}"
        " days; if you did not ask for it, ignore this email.",
    }
    queue_mail(email, "manage", content)
    return render_template("alerts.html", view="link_sent")


@blueprint.get("/alerts/manage/<token>")
def manage(token: str):
    email = tokens().read("manage", token, MANAGE_DAYS)
    if email is None:
        abort(404, "This link is not valid any more; ask for a new one.")
    listed = [
        {
            "described": mail.describe(alert.search),
            "frequency": alert.frequency,
            "confirmed": alert.confirmed is not None,
            "webhook": alert.webhook,
            "id": alert.id,
            "feed": url_for("alerts.feed", token=tokens().make("feed", alert.id)),
        }
        for alert in store().of_email(email)
    ]
    return render_template("alerts.html", view="manage", alerts=listed, token=token)


@blueprint.post("/alerts/manage/<token>/delete")
def delete(token: str):
    email = tokens().read("manage", token, MANAGE_DAYS)
    alert = store().get(request.form.get("alert", ""))
    if email is None or alert is None or alert.email != email:
        abort(404, "There is no such alert.")
    store().delete(alert.id)
    return manage(token)


@blueprint.get("/alerts/feed/<token>")
def feed(token: str):
    """An alert's private Atom feed: what was sent to it in the last 30 days."""
    alert_id = tokens().read("feed", token)
    alert = store().get(alert_id) if alert_id else None
    if alert is None:
        abort(404, "There is no such feed.")
    sent = store().sent_deliveries(alert.id, time.time() - FEED_DAYS * 24 * 3600)
    items = [
        item | {"delivered": content["delivered"]}
        for content in sent
        for meeting in content["meetings"]
        for item in meeting["items"]
    ]
    body = render_template("alert.atom.xml", described=mail.describe(alert.search), items=items,
                           feed_id=request.base_url)  # fmt: skip
    return current_app.response_class(body, mimetype="application/atom+xml")
