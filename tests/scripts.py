"""The project's build scripts, loaded by path where a test or another builder needs their
functions: samples/make_samples.py (a spec drawn as Word, then PDF) and tests/variants/build.py
(a spec's expected rows). They are scripts run by hand, not modules of the package. Each call
loads a fresh copy, since callers set the drawing script's page and font globals."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent


def load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def make_samples() -> ModuleType:
    return load("make_samples", ROOT / "samples" / "make_samples.py")


def variants_build() -> ModuleType:
    return load("variants_build", TESTS / "variants" / "build.py")
