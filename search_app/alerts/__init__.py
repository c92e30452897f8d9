"""Alerts stage: saved searches delivered by email, private feed and webhook.

After the search stage, before web and CLI: `store` keeps alerts and their
deliveries (SQLite), `tokens` signs the links in emails, `mail` reads the SMTP
settings and builds and sends messages, `webhook` posts to chat tools with an
address guard, and `deliver` sends what is due after an indexing run.
"""
