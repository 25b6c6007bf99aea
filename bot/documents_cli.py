"""`python -m bot docs add FILE | retire ID | list`: the office's documents from the shell.

`add` reads the file as the chat does (text, letter-head, signature), prints what it found and
stores it with the deadlines given as options; what the file does not say and no option gives
is named, and nothing is stored.
"""

import argparse
import asyncio
import datetime as dt
from dataclasses import replace
from pathlib import Path

from bot.settings import Settings

REQUIRED = {"kind": "loại văn bản", "issuer": "cơ quan ban hành", "title": "trích yếu",
            "period": "thời gian thực hiện (--period)", "signer_title": "chức vụ người ký"}  # fmt: skip


def run_docs(settings: Settings, args: argparse.Namespace) -> int:
    if args.db:
        settings = replace(settings, db_path=Path(args.db))
    return asyncio.run(_run(settings, args))


async def _run(settings: Settings, args: argparse.Namespace) -> int:
    from bot.app import open_core
    from bot.campaigns import by_state, local_now, state_text

    async with open_core(settings) as core:
        ctx = core.ctx
        if args.action == "list":
            stored = {row.id for row in await ctx.storage.documents.stored()}
            for doc, state in await by_state(ctx):
                where = "cơ sở dữ liệu" if doc.id in stored else "kèm theo bot"
                print(f"{doc.id}\t{state_text(doc, state)}\t{doc.name} ({where})")
            return 0
        if args.action == "retire":
            found = ctx.knowledge.campaign(args.id)
            if found is None:
                print(f"Không có văn bản mã {args.id}; xem bằng: python -m bot docs list")
                return 1
            await ctx.storage.documents.retire(found.id, "cli", ctx.clock.now())
            print(f"Đã thôi áp dụng {found.name}.")
            return 0
        return await _add(core, args, local_now(ctx))


async def _add(core: object, args: argparse.Namespace, now: dt.datetime) -> int:
    from bot.core import BotCore
    from bot.dialogs import Invalid, Turn
    from bot.messages import Incoming
    from handlers.admin import parse_when
    from handlers.documents import build_text, known_answers
    from knowledge import DocumentError
    from knowledge.documents import parse_document
    from knowledge.extract import ImportProblem, extract_text
    from knowledge.letterhead import is_campaign_text, read_letterhead

    assert isinstance(core, BotCore)
    ctx = core.ctx
    path = Path(args.file)
    try:
        data = await asyncio.to_thread(path.read_bytes)
        content = await asyncio.to_thread(extract_text, path.name, data)
    except OSError as exc:
        print(f"Không đọc được tệp {path}: {exc}")
        return 1
    except ImportProblem as problem:
        print(problem)
        return 1
    if not is_campaign_text(content):
        print(f"Tệp {path.name} không phải văn bản về phong trào thi đua; không thêm.")
        return 1
    answers = known_answers(read_letterhead(content), path.name)
    if args.period:
        answers["period"] = args.period
    turn = Turn(Incoming("console", "cli", "cli"), ctx, answers)
    try:
        for option in ("registration", "initiative"):
            if getattr(args, option):
                answers[option] = parse_when(getattr(args, option), turn)
    except Invalid as reason:
        print(reason)
        return 1
    for field, value in answers.items():
        if not field.startswith("_") and value:
            print(f"{field}: {value}")
    missing = [label for field, label in REQUIRED.items() if not answers.get(field)]
    if missing:
        print("Chưa thêm: văn bản không ghi " + ", ".join(missing) + ".")
        return 1
    replaced = ctx.knowledge.campaign(str(answers["_id"])) is not None
    try:
        stored = build_text(answers, "cli", now.date())
        doc = parse_document(stored, Path(f"{answers['_id']}.md"))
    except (DocumentError, ValueError) as exc:
        print(f"Chưa thêm: {exc}")
        return 1
    await ctx.storage.documents.save(doc.id, stored, doc.deadlines, "cli", ctx.clock.now())
    verb = "thay thế" if replaced else "thêm"
    print(f"Đã {verb} {doc.name} (mã {doc.id}). Bot đang chạy sẽ cập nhật trong vòng 1 phút.")
    return 0
