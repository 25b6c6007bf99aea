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
    # Webhook mode, when a public URL is set: the platform posts updates to that URL, which a
    # reverse proxy forwards to webhook_listen:webhook_port; the secret is checked on each call.
    telegram_webhook_url: str | None = None
    zalo_webhook_url: str | None = None
    webhook_secret: str | None = None
    webhook_listen: str = "127.0.0.1"  # behind the reverse proxy, never on the open net
    webhook_port: int = 8443

    @property
    def channels(self) -> tuple[str, ...]:
        """Every messenger `run` serves: each one whose token is set."""
        return tuple(
            name
            for name, token in (("telegram", self.telegram_token), ("zalo", self.zalo_token))
            if token
        )

    def webhook_port_of(self, channel: str) -> int:
        """Telegram listens on WEBHOOK_PORT; Zalo too, or on the next port when both do."""
        both = bool(self.telegram_webhook_url and self.zalo_webhook_url)
        return self.webhook_port + (1 if channel == "zalo" and both else 0)

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
        admins = _admins(env)
        return cls(
            telegram_token=_token(env, "TELEGRAM_BOT_TOKEN"),
            telegram_api_base_url=_base_url(env, "TELEGRAM_API_BASE_URL"),
            zalo_token=_token(env, "ZALO_BOT_TOKEN"),
            zalo_api_base_url=_base_url(env, "ZALO_API_BASE_URL"),
            db_path=Path(env.get("THIDUA_DB", "").strip() or DEFAULT_DB),
            admins=admins,
            tz=tz,
            telegram_webhook_url=_webhook_url(env, "TELEGRAM_WEBHOOK_URL"),
            zalo_webhook_url=_webhook_url(env, "ZALO_WEBHOOK_URL"),
            webhook_secret=_secret(env),
            webhook_listen=env.get("WEBHOOK_LISTEN", "").strip() or "127.0.0.1",
            webhook_port=_port(env),
        )


ADMIN_CHANNELS = ("telegram", "zalo", "console")


def _admins(env: Mapping[str, str]) -> frozenset[str]:
    """Administrators as "channel:id": a bare id would match users on every channel."""
    entries = [a.strip() for a in env.get("THIDUA_ADMINS", "").split(",") if a.strip()]
    for entry in entries:
        channel, _, user_id = entry.partition(":")
        if channel not in ADMIN_CHANNELS or not user_id.strip():
            raise SettingsError(
                f"THIDUA_ADMINS: {entry!r} phải viết dạng kênh:mã, ví dụ telegram:42 "
                "(kênh là telegram, zalo hoặc console)"
            )
    return frozenset(f"{c}:{u.strip()}" for c, _, u in (e.partition(":") for e in entries))


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


def _webhook_url(env: Mapping[str, str], name: str) -> str | None:
    value = env.get(name, "").strip()
    if not value:
        return None
    parsed = urlparse(value)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise SettingsError(
            f"{name}={value!r} phải là địa chỉ http(s) công khai, ví dụ https://bot.example.vn/telegram"
        )
    return value


SECRET_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


def _secret(env: Mapping[str, str]) -> str | None:
    value = env.get("WEBHOOK_SECRET", "").strip()
    if not value:
        return None
    if not 8 <= len(value) <= 256 or not set(value) <= SECRET_CHARS:
        raise SettingsError(
            "WEBHOOK_SECRET phải dài 8–256 ký tự, chỉ gồm chữ cái Latin, chữ số, _ và -"
        )
    return value


def _port(env: Mapping[str, str]) -> int:
    value = env.get("WEBHOOK_PORT", "").strip() or "8443"
    if not value.isdigit() or not 1 <= int(value) <= 65535:
        raise SettingsError(f"WEBHOOK_PORT={value!r} phải là số cổng từ 1 đến 65535")
    return int(value)
