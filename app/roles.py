"""The handbook's roles (RULES.md, "Roles")."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    SUPERVISOR = "supervisor"  # 仓库主管
    ORDER_CLERK = "order_clerk"  # 制单专员 / 打单员
    CLERK = "clerk"  # 仓库文员 / 统计员
    PICKER = "picker"  # 仓库管理员 / 配货员
    VERIFIER_WEIGHER = "verifier_weigher"  # 验货称重专员
    PACKER = "packer"  # 打包专员
    QC = "qc"  # 质检员

    @classmethod
    def parse(cls, text: str) -> Role:
        """Accept the role id, case-insensitively, with '-' or ' ' for '_'."""
        key = text.strip().lower().replace("-", "_").replace(" ", "_")
        try:
            return cls(key)
        except ValueError:
            valid = ", ".join(r.value for r in cls)
            raise ValueError(f"unknown role {text!r}; valid roles: {valid}") from None
