"""The command line as users and the evaluator run it: real processes, piped stdin."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(
    args: list[str], stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    clean = {
        k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "ZALO_", "THIDUA_"))
    }
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**clean, **(env or {})},
        timeout=60,
    )


def test_console_chat_from_a_piped_script(tmp_path: Path) -> None:
    script = (
        "/start\n1\n\n3\n1\ntieu chi thi dua doi voi ca nhan nam 2021\n"
        "ket qua xo so mien bac hom nay\n"
    )
    done = run(
        ["chat", "--user", "77", "--name", "Lan", "--db", str(tmp_path / "db.sqlite3")], script
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Xin chào Lan!" in out
    assert "  1. Các phong trào thi đua" in out  # options are numbered
    assert "Các phong trào thi đua trong kho văn bản" in out
    assert "Hoàn thành xuất sắc nhiệm vụ được giao" in out
    assert "nằm ngoài phạm vi của tôi" in out
    assert "Traceback" not in done.stderr


def test_ask_json_contract() -> None:
    questions = "chủ đề thi đua năm 2021 của Bộ TN&MT\nRecommend a good laptop\n\n"
    done = run(["ask", "--json", "-"], questions)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["query"] for line in lines] == [
        "chủ đề thi đua năm 2021 của Bộ TN&MT",
        "Recommend a good laptop",
        "",
    ]
    best = lines[0]["answers"][0]
    assert set(best) == {"text", "source", "section", "score"}
    assert "Đoàn kết, kỷ cương, đổi mới toàn diện để phát triển" in best["text"]
    assert 0 < best["score"] <= 1
    assert lines[1]["answers"] == [] and lines[2]["answers"] == []


def test_wrong_setting_gives_one_line_not_a_traceback() -> None:
    done = run(["chat"], "", env={"THIDUA_TZ": "Mars/Olympus"})
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0
    assert "THIDUA_TZ" in done.stderr and "Traceback" not in done.stderr
    bad_url = run(
        ["run"], "", env={"TELEGRAM_BOT_TOKEN": "1:a", "TELEGRAM_API_BASE_URL": "ftp://x"}
    )
    assert bad_url.returncode == 2 and "TELEGRAM_API_BASE_URL" in bad_url.stderr


def test_run_with_an_unreachable_api_is_one_line(tmp_path: Path) -> None:
    for env in (
        {"TELEGRAM_BOT_TOKEN": "1:abc", "TELEGRAM_API_BASE_URL": "http://127.0.0.1:9/bot"},
        {"ZALO_BOT_TOKEN": "abc", "ZALO_API_BASE_URL": "http://127.0.0.1:9/bot"},
    ):
        result = subprocess.run(
            [sys.executable, "-m", "bot", "run"],
            env={**os.environ, **env, "THIDUA_DB": str(tmp_path / "db.sqlite3")},
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 2
        assert result.stderr.startswith("Lỗi kết nối: không kết nối được máy chủ")
        assert len(result.stderr.strip().splitlines()) == 1
