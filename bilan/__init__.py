"""bilan: yearly bilans of social-development action plans (PDF, Word) to tidy datasets.

    import bilan
    result = bilan.convert(["samples/bilan-2006-2008.docx"])
    result.actions          # a pandas DataFrame
    result.write("out")     # the CSV/Excel folder
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["convert", "__version__"]


def convert(*args: Any, **kwargs: Any):  # noqa: ANN201 - see bilan.api.convert
    from bilan.api import convert as _convert
    return _convert(*args, **kwargs)


convert.__doc__ = "Convert files and folders into one dataset; see bilan.api.convert."
