"""Column-mapping profiles and the pure checks of one export row.

A profile maps our field names to the export's column headers (a header or a
list of alternatives, the first present wins). Profiles are TOML files in
``<config_dir>/import-profiles/NAME.toml``::

    name = "my-erp"
    [columns]
    order_no = "订单编号"
    sku = ["商家编码", "SKU"]

A profile without a ``default`` file uses the built-in one, which matches a
typical Chinese ERP export: one row per order line, the order's fields
repeated (or left blank) on its further rows.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from app.errors import DomainError, InvalidInput, NotFound

PROFILE_DIR = "import-profiles"
CHINA_TZ = timezone(timedelta(hours=8), "UTC+08:00")  # export times are Beijing time

ORDER_FIELDS = (
    "order_no",
    "shop",
    "paid_at",
    "recipient_name",
    "recipient_phone",
    "province",
    "city",
    "district",
    "address_detail",
    "courier",
    "waybill_no",
    "cs_remark",
    "buyer_message",
    "status",
)
LINE_FIELDS = ("sku", "quantity", "unit_price")
FIELDS = ORDER_FIELDS + LINE_FIELDS
REQUIRED = frozenset(
    {
        "order_no",
        "shop",
        "recipient_name",
        "recipient_phone",
        "province",
        "city",
        "address_detail",
        "sku",
        "quantity",
    }
)
# An order's status in the export that means the shop cancelled it.
CANCELLED_WORDS = (
    "已取消",
    "取消",
    "交易关闭",
    "已关闭",
    "关闭",
    "cancelled",
    "canceled",
    "closed",
)

DEFAULT_COLUMNS: dict[str, tuple[str, ...]] = {
    "order_no": ("订单号", "订单编号", "平台单号"),
    "shop": ("店铺", "店铺名称"),
    "paid_at": ("付款时间", "支付时间"),
    "recipient_name": ("收件人", "收货人"),
    "recipient_phone": ("手机", "联系电话", "收货人手机"),
    "province": ("省",),
    "city": ("市",),
    "district": ("区",),
    "address_detail": ("详细地址",),
    "courier": ("快递公司",),
    "waybill_no": ("运单号", "快递单号"),
    "cs_remark": ("客服备注",),
    "buyer_message": ("买家留言",),
    "status": ("订单状态",),
    "sku": ("商家编码", "SKU"),
    "quantity": ("数量",),
    "unit_price": ("单价",),
}


class ProfileError(DomainError):
    """A profile file cannot be used (``params['name']``, ``params['reason']``)."""

    code = "import_profile_invalid"


@dataclass(frozen=True)
class Profile:
    name: str
    columns: dict[str, tuple[str, ...]]

    def resolve(self, headers: tuple[str, ...]) -> tuple[dict[str, str], list[str]]:
        """Our field -> the header present in this file; and the required
        fields' expected headers that are missing."""
        present = set(headers)
        found: dict[str, str] = {}
        missing: list[str] = []
        for name in FIELDS:
            options = self.columns.get(name, ())
            match = next((h for h in options if h in present), None)
            if match is not None:
                found[name] = match
            elif name in REQUIRED:
                missing.append(options[0] if options else name)
        return found, missing


DEFAULT_PROFILE = Profile("default", DEFAULT_COLUMNS)


def _check_name(name: str) -> str:
    if not re.fullmatch(r"[\w\-]{1,64}", name):
        raise InvalidInput(f"bad profile name {name!r}", field="profile", value=name)
    return name


def profile_path(config_dir: Path, name: str) -> Path:
    return config_dir / PROFILE_DIR / f"{_check_name(name)}.toml"


def _columns(data: Any, name: str) -> dict[str, tuple[str, ...]]:
    if not isinstance(data, dict):
        raise ProfileError(f"profile {name}: [columns] missing", name=name, reason="no_columns")
    columns: dict[str, tuple[str, ...]] = {}
    for key, value in data.items():
        if key not in FIELDS:
            raise ProfileError(f"profile {name}: unknown field {key!r}", name=name, reason=key)
        options = (value,) if isinstance(value, str) else value
        if not isinstance(options, list | tuple) or not all(isinstance(o, str) for o in options):
            raise ProfileError(f"profile {name}: {key} must be text", name=name, reason=key)
        columns[key] = tuple(options)
    return columns


def load_profile(config_dir: Path, name: str = "default") -> Profile:
    """The saved profile; ``default`` falls back to the built-in one."""
    path = profile_path(config_dir, name)
    if not path.exists():
        if name == DEFAULT_PROFILE.name:
            return DEFAULT_PROFILE
        raise NotFound(f"no import profile {name!r} ({path})", name=name, path=str(path))
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ProfileError(f"{path}: {exc}", name=name, reason="toml") from exc
    return Profile(name, _columns(data.get("columns"), name))


def list_profiles(config_dir: Path) -> list[str]:
    """The profiles a clerk can choose: ``default`` first, then the saved ones by name."""
    folder = config_dir / PROFILE_DIR
    saved = sorted(p.stem for p in folder.glob("*.toml")) if folder.is_dir() else []
    names = [n for n in saved if re.fullmatch(r"[\w\-]{1,64}", n) and n != DEFAULT_PROFILE.name]
    return [DEFAULT_PROFILE.name, *names]


def save_profile(config_dir: Path, profile: Profile) -> Path:
    """Write the profile so a clerk maps an export once."""
    import tomli_w

    path = profile_path(config_dir, profile.name)
    path.parent.mkdir(parents=True, exist_ok=True)
    columns = {k: list(v) if len(v) > 1 else v[0] for k, v in profile.columns.items() if v}
    path.write_text(tomli_w.dumps({"name": profile.name, "columns": columns}), encoding="utf-8")
    return path


# ---------------------------------------------------------------- field checks
# Each returns the parsed value, or raises ValueError (the caller records the code).

_MOBILE = re.compile(r"1[3-9]\d{9}")
_LANDLINE = re.compile(r"0\d{2,3}-?\d{7,8}(-\d{1,6})?")
_TIME_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%Y%m%d%H%M%S",
)


def normalize(text: str) -> str:
    """Full-width digits, letters and punctuation to half-width; trimmed."""
    return unicodedata.normalize("NFKC", text).strip()


def parse_phone(text: str) -> str:
    phone = re.sub(r"[\s()]", "", normalize(text))
    if phone.startswith("+86"):
        phone = phone[3:]
    if _MOBILE.fullmatch(phone) or _LANDLINE.fullmatch(phone):
        return phone
    raise ValueError(phone)


def parse_quantity(text: str) -> int:
    value = normalize(text)
    if value.endswith(".0"):
        value = value[:-2]
    if not value.isdigit() or int(value) < 1 or int(value) > 100_000:
        raise ValueError(value)
    return int(value)


def parse_price_fen(text: str) -> int:
    value = normalize(text).lstrip("¥￥").replace(",", "")
    try:
        amount = Decimal(value)
    except InvalidOperation as exc:
        raise ValueError(value) from exc
    fen = amount * 100
    if not amount.is_finite() or amount < 0 or fen != fen.to_integral_value():
        raise ValueError(value)
    return int(fen)


def parse_time(text: str) -> datetime:
    """An export's time (Beijing time) as an aware datetime."""
    value = normalize(text)
    for fmt in _TIME_FORMATS:
        try:
            return datetime.strptime(value, fmt).replace(tzinfo=CHINA_TZ)
        except ValueError:
            continue
    raise ValueError(value)


def is_cancelled(status_text: str) -> bool:
    value = normalize(status_text).lower()
    return bool(value) and any(word in value for word in CANCELLED_WORDS)
