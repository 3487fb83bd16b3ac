"""Finding a Chinese font that every renderer can use.

reportlab can embed TrueType outlines only: the Noto CJK ``.ttc`` files are
CFF and cannot be embedded, while WenQuanYi Micro Hei, Microsoft YaHei and
SimHei work. When none is found, PDF falls back to reportlab's STSong-Light
CID font (not embedded; the viewer supplies it) and says so in the log.
"""

from __future__ import annotations

import logging
import struct
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

# (path, index inside a .ttc); the first that exists and is TrueType wins.
CANDIDATES: tuple[tuple[str, int], ...] = (
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc", 0),
    ("C:/Windows/Fonts/msyh.ttc", 0),
    ("C:/Windows/Fonts/msyh.ttf", 0),
    ("C:/Windows/Fonts/simhei.ttf", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/System/Library/Fonts/STHeiti Medium.ttc", 0),
)


def is_truetype(path: Path, index: int = 0) -> bool:
    """TrueType outlines (embeddable): the font has a 'glyf' table, not CFF's
    'CFF '. Reads the sfnt table directory (of font ``index`` in a .ttc)."""
    try:
        with path.open("rb") as f:
            head = f.read(12)
            offset = 0
            if head[:4] == b"ttcf":
                f.seek(12 + 4 * index)
                offset = struct.unpack(">I", f.read(4))[0]
                f.seek(offset)
                head = f.read(12)
            tables = struct.unpack(">H", head[4:6])[0]
            directory = f.read(16 * tables)
    except (OSError, struct.error):
        return False
    tags = {directory[i : i + 4] for i in range(0, len(directory), 16)}
    return b"glyf" in tags


@lru_cache(maxsize=8)
def find_cjk_font(configured: str = "") -> tuple[Path, int] | None:
    """The configured font if it is usable, else the first candidate found."""
    choices = ((configured, 0),) if configured else ()
    for raw, index in (*choices, *CANDIDATES):
        path = Path(raw)
        if path.is_file():
            if not is_truetype(path, index):
                log.warning("font %s has CFF outlines: cannot embed it, skipped", path)
                continue
            return path, index
        if raw == configured:
            log.warning("configured label font %s not found; looking for another", path)
    log.warning("no embeddable Chinese TrueType font found (install fonts-wqy-microhei)")
    return None
