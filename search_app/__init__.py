"""Minutes Search: full-text search over the minutes of public bodies.

The pipeline is parse (documents -> Meeting/AgendaItem) -> index (Whoosh)
-> search -> web and cli. Lower stages never import higher ones.
"""


def create_app(test_config: dict | None = None):
    """For `flask --app search_app run`: the web layer is imported only when asked for."""
    from search_app.web import create_app as make_app

    return make_app(test_config)
