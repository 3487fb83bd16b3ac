"""The group chat's JSON: what a WeCom (企业微信) or DingTalk (钉钉) robot
webhook takes, and what its answer means. Pure functions, no network, so the
exact bytes are tested without a server.

Both robots answer HTTP 200 with ``{"errcode": 0, "errmsg": "ok"}``; any other
errcode is a refusal whose message is kept. An answer without an errcode (a
proxy's or a captive portal's page) is not taken for delivery.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

FORMATS = ("wecom", "dingtalk")
STYLES = ("text", "markdown")
# What each robot takes, in bytes of UTF-8 (longer content is refused, so it is cut).
LIMITS = {
    ("wecom", "text"): 2048,
    ("wecom", "markdown"): 4096,
    ("dingtalk", "text"): 20_000,
    ("dingtalk", "markdown"): 20_000,
}
ELLIPSIS = "…"
SNIPPET = 200  # characters of an unexpected answer kept as the error


@dataclass(frozen=True)
class Reply:
    """The chat's answer: delivered, or why not (its own words)."""

    ok: bool
    error: str = ""


def fit(text: str, max_bytes: int) -> str:
    """``text`` cut on a character boundary so its UTF-8 fits ``max_bytes``
    (a Chinese character is three bytes), ending with … when cut."""
    if len(text.encode("utf-8")) <= max_bytes:
        return text
    room = max_bytes - len(ELLIPSIS.encode("utf-8"))
    cut = text.encode("utf-8")[: max(room, 0)].decode("utf-8", errors="ignore")
    return cut + ELLIPSIS


def plain_text(title: str, body: str) -> str:
    """The text message: the title in 【】 on the first line, then the body.
    Plain text shows the same in every client and needs no escaping of the
    product names' ``*``, ``#`` or ``_``."""
    return f"【{title}】\n{body}" if body else f"【{title}】"


def build_payload(fmt: str, title: str, body: str, style: str = "text") -> dict[str, Any]:
    """The JSON body for ``fmt`` (wecom or dingtalk) in ``style`` (text or markdown)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown webhook format {fmt!r} (known: {', '.join(FORMATS)})")
    if style not in STYLES:
        raise ValueError(f"unknown message style {style!r} (known: {', '.join(STYLES)})")
    limit = LIMITS[(fmt, style)]
    if style == "text":
        return {"msgtype": "text", "text": {"content": fit(plain_text(title, body), limit)}}
    if fmt == "wecom":
        content = f"**{title}**\n{body}" if body else f"**{title}**"
        return {"msgtype": "markdown", "markdown": {"content": fit(content, limit)}}
    # DingTalk's markdown needs a blank line for a line break; its title is the
    # preview in the conversation list.
    lines = [f"#### {title}", *body.splitlines()]
    text = "\n\n".join(line for line in lines if line.strip())
    return {"msgtype": "markdown", "markdown": {"title": title, "text": fit(text, limit)}}


def encode(payload: dict[str, Any]) -> bytes:
    """UTF-8 JSON with Chinese kept as characters (not ``\\u`` escapes)."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _snippet(raw: bytes) -> str:
    text = " ".join(raw.decode("utf-8", errors="replace").split())
    return text[:SNIPPET] or "(empty)"


def parse_reply(status: int, raw: bytes) -> Reply:
    """What the robot's answer means. Delivered only on 2xx with errcode 0."""
    if not 200 <= status < 300:
        return Reply(False, f"HTTP {status}: {_snippet(raw)}")
    try:
        answer = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return Reply(False, f"HTTP {status}, not the chat's answer: {_snippet(raw)}")
    if not isinstance(answer, dict) or "errcode" not in answer:
        return Reply(False, f"HTTP {status}, answer without errcode: {_snippet(raw)}")
    errcode = answer.get("errcode")
    if errcode in (0, "0"):
        return Reply(True)
    errmsg = str(answer.get("errmsg", "")).strip()
    return Reply(False, f"errcode {errcode}: {errmsg}" if errmsg else f"errcode {errcode}")
