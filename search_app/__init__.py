"""Minutes Search: full-text search over the minutes of public bodies.

The pipeline is parse (documents -> Meeting/AgendaItem) -> index (Whoosh)
-> search -> web and cli. Lower stages never import higher ones.
"""
