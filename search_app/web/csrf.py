"""CSRF tokens for every form that changes something: a random token in the signed
session cookie, repeated in a hidden field, compared on every POST. The pages work
without JavaScript."""

from __future__ import annotations

import hmac
import secrets

from flask import abort, g, request, session

# RFC 8058 one-click unsubscribe: the mail client POSTs with no form token; the signed
# token in the URL is the authority.
EXEMPT = frozenset({"alerts.unsubscribe"})


def csrf_token() -> str:
    g.personal = True  # the page carries this visitor's token: no shared cache may keep it
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def check_csrf() -> None:
    """Before any POST reaches its view. A POST that routing already refused (an unknown
    address, a GET-only page) is left to answer its own 404 or 405."""
    if request.method != "POST" or request.endpoint in EXEMPT or request.routing_exception:
        return
    sent = request.form.get("csrf_token", "")
    expected = session.get("csrf", "")
    if not expected or not hmac.compare_digest(sent.encode(), expected.encode()):
        abort(400, "This form has expired or did not come from this site: reload the page"
                   " and send it again.")  # fmt: skip
