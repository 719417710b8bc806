"""Business rules: from the document model to the contract's rows. Pure functions, no I/O.

The entry point is `normalize.document.normalize_document`.
"""
