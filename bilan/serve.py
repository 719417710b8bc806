"""`bilan serve`: a page in the browser for people who do not use a terminal. Drop bilans,
get the workbook, the report and the CSV files; the conversion is the command line's."""

from __future__ import annotations

import asyncio
import contextlib
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response

    from bilan.runs import Run, RunStore

WEB = Path(__file__).resolve().parent / "web"
LOOPBACK = ("127.0.0.1", "localhost", "::1")
MEDIA = {".csv": "text/csv; charset=utf-8", ".json": "application/json", ".zip": "application/zip",
         ".html": "text/html; charset=utf-8",
         ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}
# What rapport.html may do when opened from the server: show itself, nothing else.
REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


@dataclass
class ServeConfig:
    """What `bilan serve` was started with."""

    host: str = "127.0.0.1"
    port: int = 8000
    max_upload_mb: int = 50
    timeout: float = 300.0
    max_memory: int = 2048
    max_age: float = 86400.0  # seconds a finished run is kept

    @property
    def max_upload(self) -> int:
        return self.max_upload_mb * 1024 * 1024

    @property
    def local_only(self) -> bool:
        return self.host in LOOPBACK


class TooLarge(Exception):
    """The request body went past --max-upload while it was being received."""


def create_app(config: ServeConfig) -> "Starlette":
    """The web application; its runs live under a temporary folder removed at shutdown."""
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.middleware.trustedhost import TrustedHostMiddleware
    from starlette.routing import Mount, Route
    from starlette.staticfiles import StaticFiles
    from starlette.templating import Jinja2Templates

    from bilan.causes import french_cause
    from bilan.runs import Limits, RunStore

    store = RunStore(Limits(config.timeout, config.max_memory), max_age=config.max_age)
    templates = Jinja2Templates(directory=str(WEB / "templates"))
    templates.env.globals["max_upload_mb"] = config.max_upload_mb
    templates.env.globals["french_cause"] = french_cause

    def page(request: Request, name: str, status: int = 200, **context: object) -> Response:
        return templates.TemplateResponse(request, name, context, status_code=status)

    async def index(request: Request) -> Response:
        store.prune()
        return page(request, "index.html")

    async def convert(request: Request) -> Response:
        from starlette.responses import RedirectResponse
        store.prune()
        if not _same_origin(request):
            return page(request, "error.html", 403, message="Envoi refusé : il ne vient pas de cette page.")
        try:
            declared = int(request.headers.get("content-length", "0"))
        except ValueError:
            declared = 0
        if declared > config.max_upload:
            return _too_large(request, page)
        try:
            form = await _limited(request, config.max_upload).form(max_fields=50)
        except TooLarge:
            return _too_large(request, page)
        try:
            uploads = [f for f in form.getlist("files") if not isinstance(f, str) and (f.filename or f.size)]
            if not uploads:
                return page(request, "error.html", 400, message="Aucun fichier reçu : choisissez au moins un bilan.")
            sep = ";" if form.get("sep") == ";" else ","
            password = form.get("password")
            ocr = form.get("ocr") if form.get("ocr") in ("auto", "always", "never") else "auto"
            try:
                rules = await _link_rules(form.get("links"))
            except ValueError as exc:
                return page(request, "error.html", 400, message=str(exc))
            run = store.create([u.filename or "" for u in uploads], sep=sep, bom=form.get("bom") == "1",
                               password=password if isinstance(password, str) and password else None, ocr=ocr,
                               link_rules=rules)
            try:
                for upload, slot in zip(uploads, run.files):
                    await _save(upload, slot.path)
            except OSError as exc:  # a full disk: said on the page, nothing kept
                store.discard(run)
                return page(request, "error.html", 500,
                            message=f"Impossible d'enregistrer les fichiers reçus ({exc.strerror or exc}).")
        finally:
            await form.close()
        store.start(run)
        return RedirectResponse(f"/runs/{run.id}/", status_code=303)

    async def result(request: Request) -> Response:
        run = store.get(request.path_params["run_id"])
        if run is None:
            return _unknown(request, page)
        return _result_page(request, run)

    def _result_page(request: Request, run: Run, status: int = 200, link_error: str = "") -> Response:
        from bilan.link_card import card
        return page(request, "run.html", status, run=run, labels=STATUS_LABELS, link_error=link_error,
                    card=card(run) if run.state == "fini" else None)

    async def links(request: Request) -> Response:
        """A link confirmed, refused or added on the card "D'un bilan à l'autre"."""
        from starlette.concurrency import run_in_threadpool
        from starlette.responses import RedirectResponse

        from bilan.link_card import choose
        run = store.get(request.path_params["run_id"])
        if run is None or run.state != "fini":
            return _unknown(request, page)
        if not _same_origin(request):
            return page(request, "error.html", 403, message="Envoi refusé : il ne vient pas de cette page.")
        try:
            form = await _limited(request, 64 * 1024).form(max_fields=10, max_files=0)
        except TooLarge:
            return _too_large(request, page)
        fields = {k: v for k in ("op", "action", "target", "rule") if isinstance(v := form.get(k, ""), str)}
        problem = await run_in_threadpool(choose, run, **fields)
        if problem:
            return _result_page(request, run, 400, link_error=problem)
        return RedirectResponse(f"/runs/{run.id}/#links", status_code=303)

    async def status(request: Request) -> Response:
        from starlette.responses import JSONResponse
        run = store.get(request.path_params["run_id"])
        if run is None:
            return JSONResponse({"error": "unknown run"}, status_code=404)
        return JSONResponse(run.as_json(), headers={"Cache-Control": "no-store"})

    async def download(request: Request) -> Response:
        from starlette.responses import FileResponse
        run = store.get(request.path_params["run_id"])
        name = request.path_params["name"]
        if run is None or run.state != "fini" or name not in run.downloads:
            return _unknown(request, page)  # only names the run wrote, looked up, never joined blindly
        path = run.out / name
        suffix = Path(name).suffix
        if name == "rapport.html":
            return FileResponse(path, media_type=MEDIA[suffix], headers={"Content-Security-Policy": REPORT_CSP})
        return FileResponse(path, media_type=MEDIA.get(suffix, "application/octet-stream"), filename=name)

    async def not_found(request: Request, exc: Exception) -> Response:
        return _unknown(request, page)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        janitor = asyncio.create_task(_janitor(store))
        try:
            yield
        finally:
            janitor.cancel()
            store.close()

    routes = [
        Route("/", index),
        Route("/convert", convert, methods=["POST"]),
        Route("/runs/{run_id}/", result),
        Route("/runs/{run_id}/status.json", status),
        Route("/runs/{run_id}/links", links, methods=["POST"]),
        Route("/runs/{run_id}/{name}", download),
        Mount("/static", StaticFiles(directory=str(WEB / "static")), name="static"),
    ]
    hosts = ["127.0.0.1", "localhost", "[::1]", "::1"] if config.local_only else ["*"]
    app = Starlette(routes=routes, lifespan=lifespan, exception_handlers={404: not_found},
                    middleware=[Middleware(TrustedHostMiddleware, allowed_hosts=hosts)])
    app.state.store = store
    app.state.config = config
    return app


STATUS_LABELS = {"attente": "en attente", "en_cours": "en cours", "ok": "converti", "erreur": "erreur",
                 "fini": "terminé"}


def _same_origin(request: Request) -> bool:
    """A form posted from another site (a page the user visits) must not start conversions here."""
    origin = request.headers.get("origin")
    if origin is None:
        return True  # not a browser, or an old one: nothing to compare
    return urlsplit(origin).netloc == request.headers.get("host")


def _limited(request: Request, limit: int) -> Request:
    """The same request, whose body stops with TooLarge once more than `limit` bytes came in,
    whatever Content-Length said (a chunked upload declares none)."""
    from starlette.requests import Request as _Request
    received = 0
    receive = request.receive

    async def counting() -> dict:
        nonlocal received
        message = await receive()
        if message["type"] == "http.request":
            received += len(message.get("body", b""))
            if received > limit:
                raise TooLarge
        return message

    return _Request(request.scope, counting)


async def _save(upload: object, path: Path) -> None:
    """Copy an upload to its numbered slot (off the event loop); its own name is never a path."""
    import shutil

    from starlette.concurrency import run_in_threadpool

    def copy() -> None:
        source = upload.file  # type: ignore[attr-defined]
        source.seek(0)
        with open(path, "wb") as fh:
            shutil.copyfileobj(source, fh, 1 << 20)

    await run_in_threadpool(copy)


async def _link_rules(upload: object) -> list:
    """The corrections file sent with the bilans (links.csv of an earlier run), if any."""
    import tempfile

    from starlette.concurrency import run_in_threadpool

    from bilan.tracks_io import read_links
    if upload is None or isinstance(upload, str) or not (upload.filename or upload.size):  # type: ignore[attr-defined]
        return []
    with tempfile.TemporaryDirectory(prefix="bilan-links-") as folder:
        path = Path(folder) / "links.csv"
        await _save(upload, path)
        try:
            return await run_in_threadpool(read_links, path)
        except ValueError as exc:
            why = str(exc).split(": ", 1)[-1]
            raise ValueError(f"Fichier de corrections des liens illisible ({upload.filename}) : {why}") from None  # type: ignore[attr-defined]


def _too_large(request: Request, page) -> Response:
    return page(request, "error.html", 413,
                message=f"Envoi trop volumineux : {request.app.state.config.max_upload_mb} Mo au plus "
                        "pour l'ensemble des fichiers. Rien n'a été gardé.")


def _unknown(request: Request, page) -> Response:
    return page(request, "error.html", 404,
                message="Cette page n'existe pas, ou les résultats ont été effacés "
                        "(ils sont gardés un jour, jusqu'à l'arrêt du serveur).")


async def _janitor(store: RunStore, every: float = 600.0) -> None:
    while True:
        await asyncio.sleep(every)
        store.prune()


def display_url(host: str, port: int) -> str:
    """The address to open on this computer: a wildcard host is reached through loopback."""
    if host in ("0.0.0.0", ""):
        host = "127.0.0.1"
    elif host == "::":
        host = "::1"
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}/"


def bind(host: str, port: int):  # noqa: ANN201 - a socket
    """Bind before starting, so a busy port is one clear line and `--port 0` picks a free one."""
    import socket
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    if sys.platform != "win32":
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.listen(128)
    return sock


def server_for(app: Starlette):  # noqa: ANN201 - a uvicorn.Server
    import uvicorn
    return uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))


def _has_display() -> bool:
    """Whether a graphical browser can open; without one, `webbrowser` would start a text-mode
    browser (lynx, w3m) inside this very terminal."""
    import os
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(config: ServeConfig, open_browser: bool = True) -> int:
    """Start the server until Ctrl+C; the runs' folder goes with it."""
    import threading
    import webbrowser

    try:
        sock = bind(config.host, config.port)
    except OSError as exc:
        print(f"bilan: error: cannot listen on {config.host}:{config.port}: {exc.strerror or exc} "
              "(try another --port)", file=sys.stderr)
        return 1
    config.port = sock.getsockname()[1]
    url = display_url(config.host, config.port)
    print(f"bilan serve: the page is at {url} (stop with Ctrl+C)", flush=True)
    if config.local_only:
        print(f"Listening only on {config.host}: other computers cannot reach it (see --host).", flush=True)
    else:
        print(f"Listening on {config.host}: anyone who can reach this computer on port {config.port} "
              "can upload files and download the results.", flush=True)
    app = create_app(config)
    server = server_for(app)
    if open_browser and _has_display():
        threading.Timer(0.8, webbrowser.open, args=(url,)).start()
    elif open_browser:
        print("No graphical display here: open the address above in a browser.", flush=True)
    try:
        server.run(sockets=[sock])
    finally:
        app.state.store.close()
        sock.close()
    return 0
