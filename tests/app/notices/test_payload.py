"""The group chat's JSON, byte for byte, for WeCom and DingTalk robots, with
the Chinese of the notices intact (R-NEW-1,5; R-REP-4), and what the robots'
answers mean."""

from __future__ import annotations

import json

import pytest

from app.notices.payload import (
    LIMITS,
    Reply,
    build_payload,
    encode,
    fit,
    parse_reply,
)

TITLE = "新品到货 XY-1001"
BODY = "款号 XY-1001 西湖龙井礼盒\n数量 120 件"
# Both robots take the same text message.
TEXT_JSON = (
    '{"msgtype":"text","text":{"content":"【新品到货 XY-1001】\\n'
    '款号 XY-1001 西湖龙井礼盒\\n数量 120 件"}}'
).encode()


def test_wecom_text_is_exactly_the_robots_json() -> None:
    data = encode(build_payload("wecom", TITLE, BODY))
    assert data == TEXT_JSON
    assert "西湖龙井".encode() in data  # characters, not \u escapes
    assert b"\\u" not in data


def test_dingtalk_text_is_exactly_the_robots_json() -> None:
    assert encode(build_payload("dingtalk", TITLE, BODY)) == TEXT_JSON


def test_wecom_markdown() -> None:
    assert build_payload("wecom", TITLE, BODY, "markdown") == {
        "msgtype": "markdown",
        "markdown": {"content": "**新品到货 XY-1001**\n款号 XY-1001 西湖龙井礼盒\n数量 120 件"},
    }


def test_dingtalk_markdown_has_a_title_and_blank_line_breaks() -> None:
    assert build_payload("dingtalk", TITLE, BODY, "markdown") == {
        "msgtype": "markdown",
        "markdown": {
            "title": "新品到货 XY-1001",
            "text": "#### 新品到货 XY-1001\n\n款号 XY-1001 西湖龙井礼盒\n\n数量 120 件",
        },
    }


def test_a_title_alone() -> None:
    assert build_payload("wecom", "补货到货", "") == {
        "msgtype": "text",
        "text": {"content": "【补货到货】"},
    }


def test_the_json_reads_back_to_the_same_text() -> None:
    decoded = json.loads(encode(build_payload("dingtalk", TITLE, BODY)).decode("utf-8"))
    assert decoded["text"]["content"] == f"【{TITLE}】\n{BODY}"


def test_a_long_notice_is_cut_to_what_the_robot_takes_on_a_character_boundary() -> None:
    body = "龙井" * 2000  # 12 000 bytes of UTF-8
    content = build_payload("wecom", TITLE, body)["text"]["content"]
    assert len(content.encode("utf-8")) <= LIMITS[("wecom", "text")]
    assert content.startswith(f"【{TITLE}】\n龙井")
    assert content.endswith("…")
    content.encode("utf-8").decode("utf-8")  # no half character
    assert fit("短", 100) == "短"
    assert fit("一二三四", 9) == "一二…"  # 6 bytes + 3 for the ellipsis


def test_unknown_format_or_style_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown webhook format 'slack'"):
        build_payload("slack", TITLE, BODY)
    with pytest.raises(ValueError, match="unknown message style 'card'"):
        build_payload("wecom", TITLE, BODY, "card")


@pytest.mark.parametrize(
    ("status", "raw", "reply"),
    [
        (200, b'{"errcode":0,"errmsg":"ok"}', Reply(True)),
        (200, b'{"errcode":93000,"errmsg":"invalid webhook url"}',
         Reply(False, "errcode 93000: invalid webhook url")),
        (200, b'{"errcode":310000,"errmsg":"keywords not in content"}',
         Reply(False, "errcode 310000: keywords not in content")),
        (200, b'{"errcode":45009}', Reply(False, "errcode 45009")),
        (500, b"<html>502 Bad Gateway</html>",
         Reply(False, "HTTP 500: <html>502 Bad Gateway</html>")),
        (200, b"<html>Wi-Fi login</html>",
         Reply(False, "HTTP 200, not the chat's answer: <html>Wi-Fi login</html>")),
        (200, b"", Reply(False, "HTTP 200, not the chat's answer: (empty)")),
        (200, b'{"ok":true}', Reply(False, 'HTTP 200, answer without errcode: {"ok":true}')),
        (200, "{\"errcode\":40001,\"errmsg\":\"密钥错误\"}".encode(),
         Reply(False, "errcode 40001: 密钥错误")),
    ],
)  # fmt: skip
def test_the_robots_answer(status: int, raw: bytes, reply: Reply) -> None:
    assert parse_reply(status, raw) == reply
