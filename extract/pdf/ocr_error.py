"""The error of a page that cannot be read by OCR, apart from the OCR reader itself.

The PDF reader catches it on every file; the reader that raises it (extract/pdf/ocr.py, with
its image libraries and its many patterns) is loaded only for a page that needs it.
"""

from __future__ import annotations

__all__ = ["OcrError"]


class OcrError(Exception):
    """OCR cannot run; `reason` is one line naming what to install."""

    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(reason)
