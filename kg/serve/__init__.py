"""``kg serve``: a local, read-only web app over the knowledge graph.

``create_app`` builds the FastAPI app around an explorer factory; ``serve`` runs it with
uvicorn on 127.0.0.1 by default. See ``kg.serve.app`` for the routes.
"""
from kg.serve.app import create_app
from kg.serve.explorer import GraphExplorer

__all__ = ["GraphExplorer", "create_app"]
