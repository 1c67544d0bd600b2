"""Fusion signals and their registry.

A new signal is one module with a `Signal` (see `base.py`: name, weight, `score(case)` returning a
strength and a reason) plus one line: an entry in `SIGNALS` below, a `register(MY_SIGNAL)` call, or
its import path in the configuration (`match.fusion.signals: ["mypkg.signals:MY_SIGNAL"]`).
Signals run in list order; a signal sees what earlier ones found (`case.found`).
"""

from __future__ import annotations

import importlib

from knockoff.errors import ConfigError
from knockoff.matching.signals.base import BaseSignal, Case, ImageEvidence, Score, Signal
from knockoff.matching.signals.image import LOGO, OCR, OFFICIAL_PHOTO
from knockoff.matching.signals.price import PRICE
from knockoff.matching.signals.text import BRAND_CLAIMED, PRODUCT_CODE, TEXT

__all__ = [
    "SIGNALS", "BaseSignal", "Case", "ImageEvidence", "Score", "Signal",
    "active_signals", "load_signal", "register", "unregister",
]  # fmt: skip

# The registered signals, in the order they run (text after the image and brand-field signals:
# a common-word hit needs their evidence; support signals run last whatever their place).
SIGNALS: list[Signal] = [LOGO, OFFICIAL_PHOTO, OCR, BRAND_CLAIMED, PRODUCT_CODE, TEXT, PRICE]


def register(signal: Signal) -> Signal:
    """Add a signal (replacing a registered one of the same name); returns it."""
    if not isinstance(signal, Signal):
        raise TypeError(f"{signal!r} is not a Signal (name, weight, combine, reason_order, score)")
    unregister(signal.name)
    SIGNALS.append(signal)
    return signal


def unregister(name: str) -> None:
    """Remove the registered signal called `name` (no error if there is none)."""
    SIGNALS[:] = [s for s in SIGNALS if s.name != name]


def load_signal(path: str) -> Signal:
    """Import a signal from 'module:attribute' (an instance, or a class built without arguments)."""
    module, _, attr = path.partition(":")
    try:
        obj = getattr(importlib.import_module(module), attr)
    except (ImportError, AttributeError, ValueError) as exc:
        raise ConfigError(f"match.fusion.signals: cannot import {path!r} ({exc})") from exc
    if isinstance(obj, type):
        obj = obj()
    if not isinstance(obj, Signal):
        raise ConfigError(f"match.fusion.signals: {path!r} is not a signal (name, weight, score)")
    return obj


def active_signals(extra: list[str] | tuple[str, ...] = ()) -> list[Signal]:
    """The registered signals plus those named in the configuration (by import path)."""
    out = list(SIGNALS)
    for path in extra:
        sig = load_signal(path)
        out = [s for s in out if s.name != sig.name] + [sig]
    return out
