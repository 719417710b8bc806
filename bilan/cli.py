"""The `bilan` command: parses options and calls the library; holds no rules of its own."""

from __future__ import annotations

import argparse
import functools
import sys

from bilan import __version__

EPILOG_CONVERT = """\
examples:
  bilan convert samples/bilan-2006-2008.docx --out out
  bilan convert bilans/ --out out --jobs 2          every .pdf/.docx/.doc/.odt in the folder
  bilan convert bilan.pdf --out out --columns "Porteur du dossier=responsible"
  bilan convert bilan.pdf --out out --format csv --sep ";" --bom     CSV for French Excel
  bilan convert bilans/ --out out --series "Vallée=bilan-vallee-*" --links corrections.csv

Writes documents.csv, actions.csv, followups.csv, extras.csv, anomalies.csv,
coverage.csv, coverage_by_objective.csv, timeline.csv, tracks.csv, datapackage.json,
bilan.xlsx and rapport.html into DIR (other files there are left alone).
Exit status: 0 all inputs converted, 1 some did not, 2 usage error.
"""

DEFAULT_TIMEOUT = 300.0  # seconds per file, for convert and serve alike
DEFAULT_MAX_MEMORY = 2048  # MB per file
FIELDS = ("objective", "action", "responsible", "deadline", "followup", "extra")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bilan",
        description="example:\n  bilan convert samples/bilan-2006-2008.docx --out out\n\n"
                    "Turn bilans of social-development action plans (PDF, Word) into tidy "
                    "CSV and Excel datasets: one row per action, one per follow-up item.",
        epilog="Run 'bilan COMMAND --help' for the options of a command.",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"bilan {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    c = _command(
        sub, "convert", "convert bilan files and folders into one dataset",
        "bilan convert samples/bilan-2006-2008.docx --out out",
        "Convert bilan files (PDF, DOCX) and folders into one dataset.",
        EPILOG_CONVERT)
    c.add_argument("inputs", nargs="+", metavar="FILES_OR_FOLDERS",
                   help="files, or folders whose bilan files are all converted")
    c.add_argument("--out", "-o", required=True, metavar="DIR", help="output folder (created if missing)")
    c.add_argument("--recursive", "-r", action="store_true", help="also look in the sub-folders of a folder")
    c.add_argument("--jobs", "-j", type=_positive_int, default=1, metavar="N",
                   help="convert N files at a time in parallel processes (default 1)")
    c.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                   help=f"give up on a file after this many seconds (default {DEFAULT_TIMEOUT:g})")
    c.add_argument("--max-memory", type=_positive_int, default=DEFAULT_MAX_MEMORY, metavar="MB",
                   help=f"give up on a file that needs more memory than this (default {DEFAULT_MAX_MEMORY})")
    c.add_argument("--password", metavar="PW", help="password of encrypted PDFs")
    _ocr_options(c)
    c.add_argument("--columns", action="append", default=[], metavar="MAP",
                   help="map an odd column header by hand: 'Header text=field' (field: "
                        + ", ".join(FIELDS) + "), or a TOML file with a [columns] table; repeatable")
    c.add_argument("--format", default="csv,xlsx,html", metavar="LIST",
                   help="what to write, comma-separated among csv (with datapackage.json), "
                        "xlsx, html (default: all three)")
    c.add_argument("--sep", default=",", metavar="CHAR",
                   help="CSV separator (default ','; ';' suits French Excel)")
    c.add_argument("--bom", action="store_true",
                   help="start CSV files with a UTF-8 BOM so Excel shows accents on a double-click")
    c.add_argument("--csv-excel-safe", action="store_true",
                   help="prefix CSV cells that start with = + - @ with an apostrophe, "
                        "for people who open the CSV in Excel")
    c.add_argument("--series", action="append", default=[], metavar="NAME=GLOB",
                   help="put the documents whose name matches GLOB in the series NAME (the bilans of "
                        "one Table, linked action by action in tracks.csv), whatever their titles; repeatable")
    c.add_argument("--links", metavar="FILE",
                   help="CSV of manual corrections to tracks.csv: columns document, action_id, "
                        "linked_document, linked_action_id, decision (force or forbid)")
    c.add_argument("-q", "--quiet", action="store_true", help="print only errors")
    c.add_argument("-v", "--verbose", action="store_true", help="one line per file with its counts")
    _add_inspect(sub)
    _add_tracks(sub)
    _add_serve(sub)
    return parser


EPILOG_TRACKS = """\
Reads documents.csv, actions.csv and coverage.csv of DIR (a folder bilan convert wrote),
links the actions again and prints, for each --explain DOC:ACTION, the action it is linked
to, the text score, the fields that agreed (objective, responsible, section, deadline) and
the other candidates. For --explain DOC:ACTION:DOC:ACTION (a pair you expected linked), prints
their score, the words that did not pair and what kept them apart. Without --explain, prints
each series and its tracks' links.
Give the same --series and --links as to convert.
Exit status: 0 printed, 1 the folder cannot be read or the action is unknown, 2 usage error.
"""


def _command(sub: argparse._SubParsersAction, name: str, help: str, example: str, summary: str,
             epilog: str) -> argparse.ArgumentParser:
    """A subcommand whose --help opens on an example and ends on its epilog."""
    return sub.add_parser(name, help=help, description=f"example:\n  {example}\n\n{summary}",
                          epilog=epilog, formatter_class=argparse.RawDescriptionHelpFormatter)


def _add_tracks(sub: argparse._SubParsersAction) -> None:
    """The `tracks` subcommand: why an action is (or is not) linked to an earlier one."""
    t = _command(
        sub, "tracks", "explain the links of tracks.csv (the same action across yearly bilans)",
        "bilan tracks out --explain bilan-2009-2010.pdf:A001",
        "Explain how the actions of an output folder are linked across a Table's bilans.",
        EPILOG_TRACKS)
    t.add_argument("folder", metavar="DIR", help="output folder of bilan convert")
    t.add_argument("--explain", action="append", default=[], metavar="DOC:ACTION",
                   help="the action to explain, as document:action_id (e.g. bilan.pdf:A001), or a pair "
                        "expected linked, DOC:ACTION:DOC:ACTION, to see why it is not; repeatable")
    t.add_argument("--series", action="append", default=[], metavar="NAME=GLOB",
                   help="the same series overrides as given to convert")
    t.add_argument("--links", metavar="FILE", help="the same corrections file as given to convert")


EPILOG_SERVE = """\
examples:
  bilan serve                      opens http://127.0.0.1:8000/ in the browser
  bilan serve --port 8080 --no-browser

The page converts the files dropped on it as 'bilan convert' does (same worker
processes and limits) and offers bilan.xlsx, rapport.html and bilan-csv.zip.
Uploads and results live in a temporary folder removed when the server stops.
Stop it with Ctrl+C. Exit status: 0 stopped, 1 could not listen, 2 usage error.
"""


def _add_serve(sub: argparse._SubParsersAction) -> None:
    """The `serve` subcommand: a local web page for people who do not use a terminal."""
    s = _command(
        sub, "serve", "a page in the browser to convert bilans without a terminal",
        "bilan serve",
        "Start a local web page where bilans are dropped and the results downloaded.",
        EPILOG_SERVE)
    s.add_argument("--host", default="127.0.0.1", metavar="ADDRESS",
                   help="address to listen on (default 127.0.0.1: this computer only; "
                        "0.0.0.0 opens it to the network)")
    s.add_argument("--port", type=_between(0, 65535), default=8000, metavar="N",
                   help="port to listen on (default 8000; 0 picks a free one)")
    s.add_argument("--no-browser", action="store_true", help="do not open the browser on the page")
    s.add_argument("--max-upload", type=_positive_int, default=50, metavar="MB",
                   help="refuse a submission whose files weigh more than this in total (default 50)")
    s.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                   help=f"give up on a file after this many seconds (default {DEFAULT_TIMEOUT:g})")
    s.add_argument("--max-memory", type=_positive_int, default=DEFAULT_MAX_MEMORY, metavar="MB",
                   help=f"give up on a file that needs more memory than this (default {DEFAULT_MAX_MEMORY})")


EPILOG_INSPECT = """\
Writes into DIR, for a PDF, page-001.png, page-002.png, ... (each page with the table
cells, action ids, follow-up items as A017#10 with the dates read, channel headings,
"(suite)" markers and anomalies drawn on it, and a legend), and for every format
tree.txt (the document as read, row by row, with what each paragraph became) and
index.html (the pages and, under each, its anomalies). Other files in DIR are left alone.
Exit status: 0 written, 1 the file could not be read or holds no bilan table, 2 usage error.
"""


def _add_inspect(sub: argparse._SubParsersAction) -> None:
    """The `inspect` subcommand: pictures and a text tree showing why each row came out so."""
    i = _command(
        sub, "inspect", "draw how one file was read, to see why a row came out as it did",
        "bilan inspect samples/bilan-2006-2008.pdf --out inspect",
        "Draw how one bilan file was read: the table cells found, each action, each\n"
        "follow-up item and its dates, channel headings and anomalies.",
        EPILOG_INSPECT)
    i.add_argument("file", metavar="FILE", help="one bilan file (.pdf, .docx, .doc, .odt)")
    i.add_argument("--out", "-o", required=True, metavar="DIR", help="output folder (created if missing)")
    i.add_argument("--resolution", type=_between(36, 600), default=None, metavar="DPI",
                   help="dots per inch of the page pictures (default 110)")
    i.add_argument("--password", metavar="PW", help="password of an encrypted PDF")
    _ocr_options(i)
    i.add_argument("--columns", action="append", default=[], metavar="MAP",
                   help="the same header mapping as given to convert, so rows are cut alike")


def _ocr_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--ocr", choices=("never", "auto", "always"), default="auto",
                        help="read PDF pages from their image with Tesseract: auto (default) for pages "
                             "without a text layer, always, or never")
    parser.add_argument("--ocr-lang", default="fra", metavar="LANGS",
                        help="Tesseract language(s) for OCR, e.g. fra+eng (default fra)")
    parser.add_argument("--pdf-engine", choices=("pdfminer", "pdfium"), default=None,
                        help="what reads a PDF's characters and lines: pdfium (default) or pdfminer "
                             "(slower; for a file where the two would differ)")


def _between(low: int, high: int):  # noqa: ANN202 - an argparse type
    """A whole-number option type that must lie within [low, high]."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be between {low} and {high}")
        return value
    return parse


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def parse_columns(specs: list[str]) -> dict[str, str]:
    """'Header=field' pairs or TOML files into {header: field}; ValueError with a clear message."""
    mapping: dict[str, str] = {}
    for spec in specs:
        if "=" in spec:
            header, _, name = spec.rpartition("=")
            pairs = {header.strip(): name.strip()}
        else:
            import tomllib
            try:
                with open(spec, "rb") as fh:
                    pairs = tomllib.load(fh).get("columns", {})
            except FileNotFoundError:
                raise ValueError(f"--columns {spec}: no such file (give 'Header=field' or a TOML file)") from None
            except tomllib.TOMLDecodeError as exc:
                raise ValueError(f"--columns {spec}: not valid TOML ({exc})") from None
        for header, name in pairs.items():
            if name not in FIELDS:
                raise ValueError(f"--columns: {name!r} is not one of {', '.join(FIELDS)}")
            mapping[header] = name
    return mapping


def main(argv: list[str] | None = None) -> int:
    _light_exit()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    if args.command == "inspect":
        try:
            columns = parse_columns(args.columns)
        except ValueError as exc:
            parser.error(str(exc))
        return _inspect(args, columns)
    if args.command == "serve":
        return _serve(args)
    series: list[tuple[str, str]] = []
    links = None
    if args.series or args.links:  # the tracks modules load later, while the files are read
        from bilan.tracks_io import parse_series, read_links
        try:
            series = parse_series(args.series)
            links = read_links(args.links) if args.links else None
        except ValueError as exc:
            parser.error(str(exc))
    if args.command == "tracks":
        return _tracks(args, series, links or [])
    formats = tuple(f.strip() for f in args.format.split(",") if f.strip())
    unknown = [f for f in formats if f not in ("csv", "xlsx", "html")]
    if unknown or not formats:
        parser.error(f"--format: unknown {', '.join(unknown) or 'empty list'} (choose among csv, xlsx, html)")
    if len(args.sep) != 1:
        parser.error("--sep takes one character")
    try:
        columns = parse_columns(args.columns)
    except ValueError as exc:
        parser.error(str(exc))
    return _convert(args, formats, columns, series, links)


@functools.cache  # once per process
def _light_exit() -> None:
    """Have the interpreter's exit leave everything this process holds out of its last garbage
    collections. Python ends by collecting all it holds, twice (some hundredths of a second
    with the readers and writers loaded) to free what the system takes back anyway; bilan's
    files are all written and closed by then, and the handlers that flush and clean up
    (logging, temporary folders) run as they do without it."""
    import atexit
    import gc

    atexit.register(gc.freeze)


class Progress:
    """A one-line progress bar on a terminal; silent in pipes."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total, self.done, self.enabled = total, 0, enabled and sys.stderr.isatty()

    def step(self, name: str) -> None:
        self.done += 1
        if self.enabled:
            width = 30
            filled = width * self.done // max(self.total, 1)
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} {name[:40]:<40}")
            sys.stderr.flush()

    def clear(self) -> None:
        if self.enabled:
            sys.stderr.write("\r" + " " * 90 + "\r")
            sys.stderr.flush()


def _convert(args: argparse.Namespace, formats: tuple[str, ...], columns: dict[str, str],
             series: list[tuple[str, str]], links: list | None) -> int:
    from bilan.api import convert
    from bilan.inputs import expand

    files = expand(args.inputs, recursive=args.recursive)  # once: the count and the work
    total = len(files)
    progress = Progress(total, enabled=not args.quiet and not args.verbose)

    def report(document: str, error: str | None) -> None:
        if error is not None:
            progress.clear()
            print(f"bilan: {document}: {error}", file=sys.stderr)
        elif args.verbose:
            print(f"converted {document}", file=sys.stderr)
        progress.step(document)

    result = convert(files, password=args.password, ocr=args.ocr, ocr_lang=args.ocr_lang,
                     pdf_engine=args.pdf_engine,
                     columns=columns or None, jobs=args.jobs, timeout=args.timeout,
                     max_memory=args.max_memory, on_file=report, series=series, links=links)
    progress.clear()
    documents = result.dataset.documents
    if not documents:
        print("bilan: error: no bilan file (.pdf, .docx, .doc, .odt) among the inputs", file=sys.stderr)
        return 1
    converted = [d for d in documents if d.status == "ok"]
    _warn(result.dataset, quiet=args.quiet)
    if converted:
        try:
            names = result.write(args.out, formats=formats, sep=args.sep, bom=args.bom,
                                 excel_safe=args.csv_excel_safe)
        except OSError as exc:
            print(f"bilan: error: cannot write to {args.out}: {exc.strerror or exc}", file=sys.stderr)
            return 1
        if args.verbose:
            for d in converted:
                rec = result.dataset.reconciliations.get(d.document)
                print(f"  {d.document}: {d.actions} actions, {d.followups} follow-up items, "
                      f"{d.anomalies} anomalies; {rec.summary() if rec else ''}", file=sys.stderr)
        if not args.quiet:
            print(f"wrote {len(names)} files to {args.out}: {len(converted)} document(s), "
                  f"{len(result.dataset.actions)} actions, {len(result.dataset.followups)} follow-up items, "
                  f"{len(result.dataset.anomalies)} anomalies", file=sys.stderr)
    else:
        print(f"bilan: nothing converted; {args.out} left as it was", file=sys.stderr)
    if result.failed:
        print(f"bilan: {len(result.failed)} of {len(documents)} file(s) failed: "
              + ", ".join(name for name, _ in result.failed), file=sys.stderr)
        return 1
    return 0


def _warn(dataset, quiet: bool) -> None:  # noqa: ANN001 - a Dataset
    """What a user must act on even when the file converted (see bilan.causes.needs_attention)."""
    from bilan.causes import needs_attention

    for document, kind, count in needs_attention(dataset):
        if kind == "no_followup_column":
            print(f"bilan: {document}: no follow-up column recognised; no action is judged overdue. "
                  'Map it with --columns "HEADER=followup"', file=sys.stderr)
        elif not quiet:
            print(f"bilan: {document}: {count} characters placed in no row: "
                  "see the unaccounted_text lines of anomalies.csv", file=sys.stderr)


def _serve(args: argparse.Namespace) -> int:
    from bilan.serve import ServeConfig, run

    config = ServeConfig(host=args.host, port=args.port, max_upload_mb=args.max_upload,
                         timeout=args.timeout, max_memory=args.max_memory)
    try:
        return run(config, open_browser=not args.no_browser)
    except KeyboardInterrupt:
        return 0


def _inspect(args: argparse.Namespace, columns: dict[str, str]) -> int:
    from pathlib import Path

    from bilan.extract import ReadError
    from bilan.inspect import DEFAULT_RESOLUTION, inspect_file

    name = Path(args.file).name
    try:
        done = inspect_file(args.file, args.out, password=args.password, ocr=args.ocr,
                            ocr_lang=args.ocr_lang, pdf_engine=args.pdf_engine,
                            columns=columns or None,
                            resolution=args.resolution or DEFAULT_RESOLUTION)
    except ReadError as exc:
        print(f"bilan: {name}: {' '.join(str(exc).split())}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"bilan: error: cannot write to {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except MemoryError:
        print(f"bilan: {name}: out of memory while reading the file", file=sys.stderr)
        return 1
    except Exception as exc:  # a reader bug: one line, as convert gives
        from bilan.pipeline import one_line
        print(f"bilan: {name}: {one_line(f'unexpected error while reading ({type(exc).__name__}: {exc})')}",
              file=sys.stderr)
        return 1
    if done.error:
        print(f"bilan: {name}: {done.error}", file=sys.stderr)
    pictures = f"{done.pictures} page pictures, " if done.pictures else ""
    print(f"wrote {len(done.files)} files to {args.out}: {pictures}tree.txt, index.html — "
          f"{done.actions} actions, {done.items} follow-up items, {done.anomalies} anomalies",
          file=sys.stderr)
    return 1 if done.error else 0


def _tracks(args: argparse.Namespace, series: list[tuple[str, str]], links: list) -> int:
    from bilan.tracks_io import load_folder, written_tracks
    from bilan.normalize.tracks import link_tracks

    try:
        documents, actions, coverage = load_folder(args.folder)
    except (ValueError, OSError) as exc:
        print(f"bilan: {' '.join(str(exc).split())}", file=sys.stderr)
        return 1
    tracks = link_tracks(documents, actions, coverage, series, links)
    written = written_tracks(args.folder)
    if written is not None and [(r["track_id"], r["link"]) for r in written] != \
            [(r.track_id, r.link) for r in tracks.rows]:
        print(f"bilan: warning: {args.folder}/tracks.csv differs from the links found now; "
              "give the same --series and --links as to convert", file=sys.stderr)
    by_key = {(a.document, a.action_id): a for a in actions}
    try:
        if not args.explain:
            for name, docs in tracks.series.items():
                print(f"series {tracks.labels.get(name, name)}: {', '.join(docs)}")
                for row in tracks.rows:
                    if row.document in docs:
                        print(f"  {row.track_id}  {row.document}:{row.action_id}  {row.link:<9} "
                              f"{row.similarity:>5}  {by_key[(row.document, row.action_id)].action}")
            return 0
        return _explain(args, tracks, by_key)
    except BrokenPipeError:  # `bilan tracks out | head`
        sys.stderr.close()
        return 0


def _explain(args: argparse.Namespace, tracks, by_key: dict) -> int:  # noqa: ANN001
    from bilan.normalize.tracks.explain import explain, explain_pair

    status = 0
    for wanted in args.explain:
        parts = wanted.split(":")
        if len(parts) == 4:  # DOC:A001:DOC:A002, a pair the user expected linked
            pair = [(parts[0], parts[1]), (parts[2], parts[3])]
            unknown = [f"{d}:{a}" for d, a in pair if (d, a) not in tracks.decisions]
            if unknown:
                print(f"bilan: {', '.join(unknown)}: no such action in {args.folder}", file=sys.stderr)
                status = 1
                continue
            print("\n".join(explain_pair(tracks, by_key, *pair)))
            continue
        document, _, action_id = wanted.rpartition(":")
        if (document, action_id) not in tracks.decisions:
            known = sorted({d for d, _ in tracks.decisions})
            print(f"bilan: {wanted}: no such action in {args.folder} (give DOC:A001 with DOC one of "
                  f"{', '.join(known[:5])}{', ...' if len(known) > 5 else ''})", file=sys.stderr)
            status = 1
            continue
        print("\n".join(explain(tracks, by_key, (document, action_id))))
    return status
