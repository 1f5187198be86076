"""The ``kg serve`` web app: search, canned queries with forms, downloads, graph views.

Routes are thin: each asks the ``GraphExplorer`` (library functions only) and renders a
Jinja2 template with autoescape on, so text from documents is always shown as text.
A ``KGError`` (a malformed parameter, an unknown entity) becomes a page with its one-line
message and a 4xx status, never a traceback.
"""
from __future__ import annotations

import pathlib
from contextlib import ExitStack, asynccontextmanager
from typing import Any, AsyncIterator, Callable, ContextManager
from urllib.parse import urlencode

import networkx as nx
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from kg.errors import KGError, NoResults, StoreUnavailable, UsageError
from kg.serve.explorer import GraphExplorer, check_depth

TEMPLATES = Environment(
    loader=FileSystemLoader(pathlib.Path(__file__).parent / "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
)
# Only loopback pages embed our graph views; nothing may be fetched from elsewhere.
CSP = "default-src 'self' 'unsafe-inline' data: blob:; frame-ancestors 'self'"


def _status(err: KGError) -> int:
    if isinstance(err, NoResults):
        return 404
    if isinstance(err, StoreUnavailable):
        return 503
    return 400


def render(name: str, status: int = 200, **context: Any) -> HTMLResponse:
    page = TEMPLATES.get_template(name).render(**context)
    return HTMLResponse(page, status_code=status, headers={"Content-Security-Policy": CSP})


def graph_page(H: nx.MultiDiGraph, title: str) -> str:
    """The viz engineer's self-contained page for ``H``."""
    from kg.viz import render_page

    return render_page(H, title=title)


def create_app(open_explorer: Callable[[], ContextManager[GraphExplorer]]) -> FastAPI:
    """The app; ``open_explorer`` opens the store once at startup and closes it at shutdown."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        with ExitStack() as stack:
            try:
                app.state.explorer = stack.enter_context(open_explorer())
            except KGError as err:
                # ``kg.serve.server`` reports this as one line instead of a traceback.
                app.state.startup_error = err
                raise
            yield

    app = FastAPI(title="policy-kg", lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url=None)

    def ex(request: Request) -> GraphExplorer:
        return request.app.state.explorer

    @app.exception_handler(KGError)
    async def kg_error(request: Request, err: KGError) -> HTMLResponse:
        return render("error.html", _status(err), error=str(err))

    @app.get("/", response_class=HTMLResponse)
    def home(request: Request) -> HTMLResponse:
        G = ex(request).graph
        summary = f"{G.number_of_nodes()} nodes, {G.number_of_edges()} edges in the graph."
        return render("home.html", queries=ex(request).canned_queries(), summary=summary)

    @app.get("/search", response_class=HTMLResponse)
    def search(request: Request, q: str = "") -> HTMLResponse:
        return render("search.html", fragment=q, hits=ex(request).search(q))

    def _form(request: Request) -> dict[str, str]:
        return {k: v for k, v in request.query_params.items() if k != "run"}

    @app.get("/query/{name}", response_class=HTMLResponse)
    def query(request: Request, name: str) -> HTMLResponse:
        explorer = ex(request)
        q = explorer.query(name)
        params, values = q.params, _form(request)
        context = {"query": q, "params": params, "values": values, "table": None}
        if "run" in request.query_params or not params:
            try:
                table = explorer.run(name, values)
            except UsageError as err:
                return render("query.html", 400, error=str(err), **context)
            context.update(table=table, table_html=table.to_html(explorer.link),
                           qs=urlencode(values))
        return render("query.html", **context)

    @app.get("/query/{name}/rows.{fmt}")
    def download(request: Request, name: str, fmt: str) -> Response:
        if fmt not in ("csv", "json"):
            raise UsageError(f"download format must be csv or json, not {fmt!r}")
        table = ex(request).run(name, _form(request))
        body, media = ((table.to_csv(), "text/csv; charset=utf-8") if fmt == "csv"
                       else (table.to_json(), "application/json; charset=utf-8"))
        return Response(body, media_type=media, headers={
            "Content-Disposition": f'attachment; filename="{name}.{fmt}"'})

    @app.get("/query/{name}/graph", response_class=HTMLResponse)
    def query_graph(request: Request, name: str) -> HTMLResponse:
        explorer = ex(request)
        H = explorer.rows_graph(explorer.run(name, _form(request)))
        return HTMLResponse(graph_page(H, name), headers={"Content-Security-Policy": CSP})

    @app.get("/entity/{node}", response_class=HTMLResponse)
    def entity(request: Request, node: str) -> HTMLResponse:
        explorer = ex(request)
        return render("entity.html", link=explorer.link, **explorer.entity(node))

    @app.get("/entity/{node}/graph", response_class=HTMLResponse)
    def entity_graph(request: Request, node: str, depth: str = "1") -> HTMLResponse:
        explorer = ex(request)
        H = explorer.neighbourhood(node, check_depth(depth))
        title = explorer.graph.nodes[node]["name"]
        return HTMLResponse(graph_page(H, title), headers={"Content-Security-Policy": CSP})

    return app
