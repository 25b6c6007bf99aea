from pathlib import Path

import pytest

from bot.settings import Settings, SettingsError


def test_defaults_select_the_console() -> None:
    settings = Settings.from_env({})
    assert settings.channel == "console"
    assert str(settings.tz) == "Asia/Ho_Chi_Minh"
    assert settings.db_path == Path("thidua.sqlite3")
    assert settings.admins == frozenset()


def test_tokens_select_the_channel_and_admins_are_text_ids() -> None:
    zalo = Settings.from_env(
        {"ZALO_BOT_TOKEN": "abc123", "THIDUA_ADMINS": "telegram:42, zalo:e4ea2cd5189df1c3a88c"}
    )
    assert zalo.channel == "zalo"
    assert zalo.admins == {"telegram:42", "zalo:e4ea2cd5189df1c3a88c"}
    both = Settings.from_env({"ZALO_BOT_TOKEN": "abc", "TELEGRAM_BOT_TOKEN": "1:x"})
    assert both.channel == "telegram"


@pytest.mark.parametrize(
    ("env", "name"),
    [
        ({"THIDUA_TZ": "Asia/Hanoi_City"}, "THIDUA_TZ"),
        ({"TELEGRAM_BOT_TOKEN": "no-colon"}, "TELEGRAM_BOT_TOKEN"),
        ({"TELEGRAM_BOT_TOKEN": "1:a b"}, "TELEGRAM_BOT_TOKEN"),
        ({"TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081"}, "TELEGRAM_API_BASE_URL"),
        ({"ZALO_API_BASE_URL": "bot-api.zaloplatforms.com/bot"}, "ZALO_API_BASE_URL"),
        ({"THIDUA_ADMINS": "42"}, "THIDUA_ADMINS"),
        ({"THIDUA_ADMINS": "telegram:42,viber:7"}, "THIDUA_ADMINS"),
    ],
)
def test_wrong_settings_name_the_variable(env: dict[str, str], name: str) -> None:
    with pytest.raises(SettingsError, match=name):
        Settings.from_env(env)


def test_base_url_follows_the_bot_api_convention() -> None:
    settings = Settings.from_env({"TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081/bot"})
    assert settings.telegram_api_base_url == "http://127.0.0.1:8081/bot"
