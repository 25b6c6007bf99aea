"""Settings, read once from the environment (and an optional `.env`) and checked there."""

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dotenv import dotenv_values

DEFAULT_TZ = "Asia/Ho_Chi_Minh"
DEFAULT_DB = "thidua.sqlite3"


class SettingsError(ValueError):
    """A setting that is missing or wrong; the message is one line for the operator."""


@dataclass(frozen=True)
class Settings:
    telegram_token: str | None
    telegram_api_base_url: str | None
    zalo_token: str | None
    zalo_api_base_url: str | None
    db_path: Path
    admins: frozenset[str]
    tz: ZoneInfo

    @property
    def channel(self) -> str:
        """The channel `run` starts: Telegram, then Zalo, else the console."""
        if self.telegram_token:
            return "telegram"
        if self.zalo_token:
            return "zalo"
        return "console"

    @classmethod
    def from_env(
        cls, env: Mapping[str, str] | None = None, dotenv: Path | None = None
    ) -> "Settings":
        """Build settings from a mapping (the process environment over `.env` by default)."""
        if env is None:
            file_values = dotenv_values(dotenv or Path(".env"))
            env = {**{k: v for k, v in file_values.items() if v is not None}, **os.environ}
        tz_name = env.get("THIDUA_TZ", "").strip() or DEFAULT_TZ
        try:
            tz = ZoneInfo(tz_name)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise SettingsError(
                f"THIDUA_TZ={tz_name!r} không phải múi giờ hợp lệ (ví dụ: {DEFAULT_TZ})"
            ) from exc
        admins = frozenset(a.strip() for a in env.get("THIDUA_ADMINS", "").split(",") if a.strip())
        return cls(
            telegram_token=_token(env, "TELEGRAM_BOT_TOKEN"),
            telegram_api_base_url=_base_url(env, "TELEGRAM_API_BASE_URL"),
            zalo_token=_token(env, "ZALO_BOT_TOKEN"),
            zalo_api_base_url=_base_url(env, "ZALO_API_BASE_URL"),
            db_path=Path(env.get("THIDUA_DB", "").strip() or DEFAULT_DB),
            admins=admins,
            tz=tz,
        )


def _token(env: Mapping[str, str], name: str) -> str | None:
    value = env.get(name, "").strip()
    if not value:
        return None
    if any(c.isspace() for c in value):
        raise SettingsError(f"{name} có khoảng trắng; hãy dán đúng mã bot được cấp")
    if name == "TELEGRAM_BOT_TOKEN" and ":" not in value:
        raise SettingsError(
            f"{name} không đúng định dạng (mã bot dạng 123456:ABC... do BotFather cấp)"
        )
    return value


def _base_url(env: Mapping[str, str], name: str) -> str | None:
    value = env.get(name, "").strip()
    if not value:
        return None
    parsed = urlparse(value)
    if parsed.scheme not in ("http", "https") or not parsed.netloc or not value.endswith("/bot"):
        raise SettingsError(
            f"{name}={value!r} phải là địa chỉ http(s) kết thúc bằng /bot, "
            "ví dụ http://127.0.0.1:8081/bot"
        )
    return value
