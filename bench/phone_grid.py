"""The first message of every title and campaign question staff ask most, for reading by
hand, with the checks a phone needs marked: each title × {tiêu chuẩn, ai quyết định, thưởng
bao nhiêu, hồ sơ} and each campaign × {chủ đề, ai ký, tiêu chí cá nhân, tiêu chí tập thể, hạn
đăng ký, nơi nhận}, typed with and without diacritics, each sent alone as a new person.

Marked: a first message over FIRST_MESSAGE characters, with a line printed twice, two
option labels alike in their first LABEL_DISTINCT characters, or, when a passage was cut
for it ("Xem thêm"): without its source, cut in the middle of a word, or closed by a list's
opening line.

    python -m bench.phone_grid [--show] [--folded]
"""

import argparse
import asyncio
import re
import tempfile
from pathlib import Path

from bot.app import open_core
from bot.channels.console import render
from bot.clock import FixedClock
from bot.messages import Incoming, Reply
from bot.settings import Settings
from handlers.phone_answer import FIRST_MESSAGE, LABEL_DISTINCT
from knowledge import KnowledgeBase
from knowledge.normalize import fold
from tests.conversation_eval import DEFAULT_AT

TITLES = (
    "lao động tiên tiến",
    "chiến sĩ thi đua cơ sở",
    "chiến sĩ thi đua cấp tỉnh",
    "chiến sĩ thi đua toàn quốc",
    "tập thể lao động tiên tiến",
    "tập thể lao động xuất sắc",
    "cờ thi đua cấp tỉnh",
    "cờ thi đua của chính phủ",
)
TITLE_ASKS = (
    "{} cần tiêu chuẩn gì",
    "ai quyết định tặng {}",
    "{} được thưởng bao nhiêu",
    "hồ sơ đề nghị {} gồm những gì",
)
CAMPAIGNS = (
    "bộ tài nguyên môi trường năm 2021",
    "sở tnmt sóc trăng năm 2022",
    "chỉ thị 14 của ubnd tỉnh kon tum",
    "sở tnmt kon tum triển khai chỉ thị 14",
    "sở tnmt kon tum thi đua chống covid",
)
CAMPAIGN_ASKS = (
    "chủ đề thi đua của {} là gì",
    "văn bản phát động thi đua của {} ai ký",
    "tiêu chí cá nhân của {}",
    "tiêu chí tập thể của {}",
    "hạn đăng ký thi đua của {} là khi nào",
    "văn bản phát động thi đua của {} gửi những nơi nào",
)
_CUT_MID_WORD = re.compile(r"\w …$")


def questions() -> list[str]:
    asked = [ask.format(title) for title in TITLES for ask in TITLE_ASKS]
    return asked + [ask.format(campaign) for campaign in CAMPAIGNS for ask in CAMPAIGN_ASKS]


def problems(reply: Reply, passage_text: str | None) -> list[str]:
    """What a phone reader would stumble on in the first message."""
    found = []
    text = reply.text
    if len(text) > FIRST_MESSAGE:
        found.append(f"{len(text)} characters")
    if passage_text is not None and "📄 Nguồn" not in text:
        found.append("no source")
    shown = text.split("\n\n📄")[0]
    lines = [line for line in shown.splitlines() if line.strip()]
    if len(set(lines)) < len(lines):
        found.append("a line printed twice")
    body = shown.removesuffix(" …")
    if shown.endswith(" …") and body[-1:].isalnum() and passage_text is not None:
        # cut within the passage: the word before "…" must end where the passage's does
        at = passage_text.find(body.splitlines()[-1])
        after = passage_text[at + len(body.splitlines()[-1]) :][:1] if at >= 0 else ""
        if after.isalnum():
            found.append("cut in the middle of a word")
    if lines and lines[-1].removesuffix(" …").endswith(":") and passage_text is not None:
        found.append("a list's opening closes the message")
    labels = [c.label[:LABEL_DISTINCT] for c in reply.choices]
    if len(set(labels)) < len(labels):
        found.append("options alike in their first characters")
    return found


async def run(kb: KnowledgeBase, folded: bool, show: bool) -> int:
    marked = 0
    with tempfile.TemporaryDirectory() as directory:
        settings = Settings.from_env({"THIDUA_DB": str(Path(directory) / "grid.sqlite3")})
        async with open_core(settings, kb, FixedClock(DEFAULT_AT)) as core:
            for number, question in enumerate(questions(), 1):
                typed = fold(question) if folded else question
                user = str(70_000 + number)
                msg = Incoming(channel="console", user_id=user, chat_id=user, text=typed)
                replies = await core.handle(msg)
                first = replies[0] if replies else Reply("")
                more = next((c.value for c in first.choices if c.value.startswith("more:")), None)
                behind = kb.passages[int(more.split(":")[1])].text if more else None
                found = problems(first, behind)
                marked += bool(found)
                if show or found:
                    flag = f"  !! {', '.join(found)}" if found else ""
                    print(f"### {typed}{flag}\n{render(first)}\n")
    print(f"{marked} of {len(questions())} first messages marked")
    return marked


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print every first message")
    parser.add_argument("--folded", action="store_true", help="typed without diacritics")
    args = parser.parse_args(argv)
    asyncio.run(run(KnowledgeBase.load(), args.folded, args.show))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
