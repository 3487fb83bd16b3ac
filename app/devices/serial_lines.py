"""Lines out of a serial or USB-CDC scanner's byte stream.

A pure object fed bytes (pyserial's ``LineReader`` idea without the
thread): the reader thread only moves bytes, so framing is tested without a
port. Lines end with CR, LF or CRLF; a CRLF split between two reads is one
terminator. Codes are ASCII or UTF-8; bytes that are neither become U+FFFD
and are counted, so a wrong baud rate shows up in the counters instead of
as an exception.
"""

from __future__ import annotations

CR, LF = 0x0D, 0x0A
DEFAULT_MAX_LINE = 4096  # bytes; a 2-D code holds at most about 3 KB


class LineFramer:
    """Splits bytes into text lines.

    Args:
        max_line: the longest line kept, in bytes. A longer one (noise, wrong
            baud rate, a stream without terminators) is dropped up to its
            terminator and counted in ``overflows``; memory stays bounded.
        keep_empty: emit empty lines too. A scanner never sends an empty
            code, so by default they are dropped.
    """

    def __init__(self, max_line: int = DEFAULT_MAX_LINE, keep_empty: bool = False) -> None:
        if max_line < 1:
            raise ValueError("max_line must be positive")
        self.max_line = max_line
        self.keep_empty = keep_empty
        self.decode_errors = 0  # bytes replaced by U+FFFD
        self.overflows = 0  # lines dropped for being longer than max_line
        self._buffer = bytearray()
        self._after_cr = False  # the last byte seen was CR: a LF next ends nothing
        self._discarding = False  # inside an over-long line, until its terminator

    def reset(self) -> None:
        """Forget a partial line (after a reconnect it is garbage); keep the counters."""
        self._buffer.clear()
        self._after_cr = False
        self._discarding = False

    @property
    def pending(self) -> int:
        """Bytes of an unfinished line held."""
        return len(self._buffer)

    def feed(self, data: bytes) -> list[str]:
        """Take the next bytes; return the lines they complete, in order."""
        lines: list[str] = []
        for byte in data:
            if byte in (CR, LF):
                if byte == LF and self._after_cr:
                    self._after_cr = False
                    continue
                self._after_cr = byte == CR
                self._end_line(lines)
                continue
            self._after_cr = False
            if self._discarding:
                continue
            if len(self._buffer) >= self.max_line:
                self._buffer.clear()
                self._discarding = True
                self.overflows += 1
                continue
            self._buffer.append(byte)
        return lines

    def _end_line(self, lines: list[str]) -> None:
        if self._discarding:
            self._discarding = False
            return
        raw = bytes(self._buffer)
        self._buffer.clear()
        if raw or self.keep_empty:
            lines.append(self._decode(raw))

    def _decode(self, raw: bytes) -> str:
        """UTF-8 (ASCII included); each undecodable byte becomes one U+FFFD.

        ``surrogateescape`` maps exactly the bad bytes to lone surrogates,
        which valid UTF-8 never produces, so they can be counted precisely.
        """
        text = raw.decode("utf-8", errors="surrogateescape")
        bad = sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
        if not bad:
            return text
        self.decode_errors += bad
        return "".join("\ufffd" if "\udc80" <= ch <= "\udcff" else ch for ch in text)
