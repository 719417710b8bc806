"""The `bilan` command: parses options and calls the library; holds no rules of its own."""

from __future__ import annotations

import argparse
import sys

from bilan import __version__

EPILOG_CONVERT = """\
example:
  bilan convert samples/bilan-2006-2008.docx --out out
  bilan convert bilans/ --out out            (every .pdf/.docx/.doc/.odt in the folder)

Writes documents.csv, actions.csv, followups.csv, extras.csv, anomalies.csv,
datapackage.json and bilan.xlsx into DIR (other files there are left alone).
Exit status: 0 all inputs converted, 1 some did not, 2 usage error.
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bilan",
        description="Turn bilans of social-development action plans (PDF, Word) into tidy "
                    "CSV and Excel datasets: one row per action, one per follow-up item.",
        epilog="example:\n  bilan convert samples/bilan-2006-2008.docx --out out\n\n"
               "Run 'bilan convert --help' for the options.",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"bilan {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    convert = sub.add_parser(
        "convert", help="convert bilan files and folders into one dataset",
        description="Convert bilan files (PDF, DOCX) and folders into one dataset.",
        epilog=EPILOG_CONVERT, formatter_class=argparse.RawDescriptionHelpFormatter)
    convert.add_argument("inputs", nargs="+", metavar="FILES_OR_FOLDERS",
                         help="files, or folders whose bilan files are all converted")
    convert.add_argument("--out", "-o", required=True, metavar="DIR",
                         help="output folder (created if missing)")
    convert.add_argument("--recursive", "-r", action="store_true",
                         help="also look in the sub-folders of a folder")
    convert.add_argument("--password", metavar="PW", help="password of encrypted PDFs")
    convert.add_argument("--csv-excel-safe", action="store_true",
                         help="prefix CSV cells that start with = + - @ with an apostrophe, "
                              "for people who open the CSV in Excel")
    convert.add_argument("-q", "--quiet", action="store_true", help="print only errors")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    return _convert(args)


def _convert(args: argparse.Namespace) -> int:
    from bilan.api import convert

    def report(document: str, error: str | None) -> None:
        if error is not None:
            print(f"bilan: {document}: {error}", file=sys.stderr)
        elif not args.quiet:
            print(f"converted {document}", file=sys.stderr)

    result = convert(args.inputs, password=args.password, recursive=args.recursive, on_file=report)
    documents = result.dataset.documents
    if not documents:
        print("bilan: error: no bilan file (.pdf, .docx, .doc, .odt) among the inputs", file=sys.stderr)
        return 1
    converted = [d for d in documents if d.status == "ok"]
    if converted:
        try:
            names = result.write(args.out, excel_safe=args.csv_excel_safe)
        except OSError as exc:
            print(f"bilan: error: cannot write to {args.out}: {exc.strerror or exc}", file=sys.stderr)
            return 1
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
