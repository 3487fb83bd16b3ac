"""Every scale protocol the station speaks, by the name settings store.

A spec says how to talk to the scale (streamed or polled, port settings),
what it can tell (its own stability flag, the states it can express), and
makes the pure parser and the encoder (the inverse, for the simulator and
tests). Port defaults beyond MT-SICS's documented 9600 8N1 are 9600 8N1 as
well: every parser masks bit 7, so 8N1 also reads 7E1/7O1/7N2 senders.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.devices.scales.protocols import ascii, mt_sics, toledo, xk3190
from app.devices.scales.protocols.base import FrameError, Parser
from app.devices.scales.reading import ScaleState

__all__ = ["PROTOCOLS", "FrameError", "Parser", "ProtocolSpec", "make_parser"]

_S = ScaleState
_FLAGGED = frozenset({_S.STABLE, _S.MOVING, _S.OVERLOAD, _S.UNDERLOAD, _S.NEGATIVE, _S.ZERO})
_UNFLAGGED = frozenset({_S.UNKNOWN, _S.NEGATIVE, _S.ZERO})
_NO_OVERLOAD = frozenset({_S.STABLE, _S.MOVING, _S.NEGATIVE, _S.ZERO})
_COMMON_BAUDS = (1200, 2400, 4800, 9600, 19200, 38400)


@dataclass(frozen=True)
class ProtocolSpec:
    """How to reach one kind of scale and how to read it.

    ``parser(**options)`` and ``encode(state, grams, **options)`` take the
    protocol's own options (see each module); ``states`` are those its frames
    can express, which the simulator and the tests rely on.
    """

    name: str
    title: str
    parser: Callable[..., Parser]
    encode: Callable[..., bytes]
    states: frozenset[ScaleState]
    poll: bytes | None = None  # the command to send per reading; None: it streams
    has_stability_flag: bool = True
    baud: int = 9600
    bytesize: int = 8
    parity: str = "N"
    stopbits: int = 1
    bauds: tuple[int, ...] = _COMMON_BAUDS

    @property
    def polled(self) -> bool:
        """The station must ask for each reading (and a silent scale is one
        that does not answer, rather than one that stopped streaming)."""
        return self.poll is not None


_XK_BAUDS = (1200, 2400, 4800, 9600)

PROTOCOLS: dict[str, ProtocolSpec] = {
    spec.name: spec
    for spec in (
        ProtocolSpec(
            "mt-sics",
            "Mettler Toledo MT-SICS",
            mt_sics.MtSicsParser,
            mt_sics.encode,
            _FLAGGED,
            poll=mt_sics.POLL,
        ),
        ProtocolSpec("toledo", "Toledo continuous", toledo.ToledoParser, toledo.encode, _FLAGGED),
        ProtocolSpec(
            "xk3190-tf0",
            "Yaohua XK3190 tF=0",
            xk3190.Tf0Parser,
            xk3190.encode_tf0,
            _UNFLAGGED,
            has_stability_flag=False,
            bauds=_XK_BAUDS,
        ),
        ProtocolSpec(
            "xk3190-tf1",
            "Yaohua XK3190 tF=1",
            xk3190.Tf1Parser,
            xk3190.encode_tf1,
            _UNFLAGGED,
            has_stability_flag=False,
            bauds=_XK_BAUDS,
        ),
        ProtocolSpec(
            "xk3190-tf2",
            "Yaohua XK3190 tF=2",
            xk3190.Tf2Parser,
            xk3190.encode_tf2,
            _UNFLAGGED,
            has_stability_flag=False,
            bauds=_XK_BAUDS,
        ),
        ProtocolSpec("and", "A&D", ascii.AndParser, ascii.encode_and, _FLAGGED),
        ProtocolSpec("cas", "CAS", ascii.CasParser, ascii.encode_cas, _FLAGGED),
        ProtocolSpec("ohaus", "Ohaus", ascii.OhausParser, ascii.encode_ohaus, _NO_OVERLOAD),
    )
}


def make_parser(name: str, **options: Any) -> Parser:
    """A fresh parser for the protocol named in settings.

    Raises ValueError naming the valid protocols, so a typo in a settings
    file or on the command line tells the technician what to write.
    """
    try:
        spec = PROTOCOLS[name]
    except KeyError:
        valid = ", ".join(PROTOCOLS)
        raise ValueError(f"unknown scale protocol {name!r}; valid: {valid}") from None
    return spec.parser(**options)
