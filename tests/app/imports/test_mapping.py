"""Profiles and the pure field checks."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.errors import InvalidInput, NotFound
from app.imports.mapping import (
    DEFAULT_PROFILE,
    Profile,
    ProfileError,
    is_cancelled,
    list_profiles,
    load_profile,
    parse_phone,
    parse_price_fen,
    parse_quantity,
    parse_time,
    save_profile,
)


def test_default_profile_is_built_in_and_saved_ones_round_trip(tmp_path: Path) -> None:
    assert load_profile(tmp_path) is DEFAULT_PROFILE
    profile = Profile("my-erp", {"order_no": ("订单编号",), "sku": ("货品编码", "SKU")})
    path = save_profile(tmp_path, profile)
    assert path == tmp_path / "import-profiles" / "my-erp.toml"
    assert load_profile(tmp_path, "my-erp") == profile
    with pytest.raises(NotFound):
        load_profile(tmp_path, "nobody")
    with pytest.raises(InvalidInput):
        load_profile(tmp_path, "../etc")
    path.write_text('[columns]\nnot_a_field = "x"\n', encoding="utf-8")
    with pytest.raises(ProfileError):
        load_profile(tmp_path, "my-erp")


def test_resolve_takes_the_first_present_header_and_lists_missing() -> None:
    found, missing = DEFAULT_PROFILE.resolve(("订单编号", "SKU", "数量"))
    assert found == {"order_no": "订单编号", "sku": "SKU", "quantity": "数量"}
    assert "店铺" in missing and "手机" in missing and "订单号" not in missing


@pytest.mark.parametrize(
    "text",
    ["13812345678", "１３８１２３４５６７８", "+86 138 1234 5678", "0571-88880000", "01088880000"],
)
def test_good_phones(text: str) -> None:
    assert parse_phone(text)


@pytest.mark.parametrize("text", ["12812345678", "1381234567", "138****5678", "88880000", "abc"])
def test_bad_phones(text: str) -> None:
    with pytest.raises(ValueError):
        parse_phone(text)


def test_quantity_price_time_and_cancelled() -> None:
    assert parse_quantity("３") == 3 and parse_quantity("2.0") == 2
    for bad in ("0", "-1", "1.5", "两"):
        with pytest.raises(ValueError):
            parse_quantity(bad)
    assert parse_price_fen("¥12.50") == 1250 and parse_price_fen("0") == 0
    for bad in ("-1", "1.005", "abc", "nan"):
        with pytest.raises(ValueError):
            parse_price_fen(bad)
    assert parse_time("2025/05/01 09:30").astimezone(UTC) == datetime(2025, 5, 1, 1, 30, tzinfo=UTC)
    with pytest.raises(ValueError):
        parse_time("昨天")
    assert is_cancelled("交易关闭") and is_cancelled("已取消") and not is_cancelled("已付款")
    assert not is_cancelled("")


def test_list_profiles_default_first(tmp_path: Path) -> None:
    assert list_profiles(tmp_path) == ["default"]
    save_profile(tmp_path, Profile("zz-erp", {"order_no": ("单号",)}))
    save_profile(tmp_path, Profile("default", {"order_no": ("单号",)}))
    save_profile(tmp_path, Profile("aa-erp", {"order_no": ("单号",)}))
    (tmp_path / "import-profiles" / "not a name.toml").write_text("", encoding="utf-8")
    assert list_profiles(tmp_path) == ["default", "aa-erp", "zz-erp"]
