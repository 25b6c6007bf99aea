"""Benchmark: `python -m bench [--docs 10000] [--quick]` prints one table of figures.

Answer latency (median, p99) on the bundled knowledge base and on a generated one, side by
side with a plain BM25 baseline (bm25s) over the same passages; both methods' hit@1 and
abstention on the sample question set; index build time; peak memory of each configuration,
each measured in a fresh process; messages per second through the bot core.
"""

import argparse
import asyncio
import datetime as dt
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

from knowledge import KnowledgeBase
from knowledge.normalize import fold

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT.parent / "shared" / "eval" / "qa_sample.yaml"
OWN_QUESTIONS = ROOT / "tests" / "data" / "questions.yaml"
EXTRA_QUESTIONS = [
    "tieu chi thi dua doi voi ca nhan nam 2022",
    "Chủ đề thi đua năm 2021 của Bộ TN&MT",
    "ai ký chỉ thị 14/CT-UBND",
    "co quan thuong truc hoi dong thi dua khen thuong tinh",
    "nội dung phong trào thi đua đặc biệt phòng chống COVID-19",
    "kế hoạch 3510 phát động phong trào gì",
    "giá xăng RON 95 hôm nay",
    "bảo hiểm y tế cho viên chức",
]


def questions() -> list[dict[str, object]]:
    items: list[dict[str, object]] = []
    for path in (SAMPLE, OWN_QUESTIONS):
        if path.exists():
            items += yaml.safe_load(path.read_text(encoding="utf-8"))
    return items + [{"q": q} for q in EXTRA_QUESTIONS]


class Bm25Baseline:
    """Plain BM25 (bm25s): lower-case word tokens, no folding, no stopwords, no stemming."""

    def __init__(self, texts: Sequence[str]) -> None:
        import bm25s

        self._bm25s = bm25s
        self.texts = list(texts)
        self.retriever = bm25s.BM25()
        tokens = bm25s.tokenize(self.texts, stopwords=None, show_progress=False)
        self.retriever.index(tokens, show_progress=False)

    def search(self, query: str, limit: int = 3) -> list[str]:
        tokens = self._bm25s.tokenize(
            [query], stopwords=None, return_ids=False, show_progress=False
        )
        if not tokens[0] or not any(t in self.retriever.vocab_dict for t in tokens[0]):
            return []
        ids, scores = self.retriever.retrieve(
            tokens, k=min(limit, len(self.texts)), show_progress=False
        )
        return [self.texts[i] for i, s in zip(ids[0], scores[0], strict=True) if s > 0]


def ours(kb: KnowledgeBase) -> Callable[[str], list[str]]:
    return lambda query: [hit.passage.text for hit in kb.search(query)]


def latency_ms(
    search: Callable[[str], list[str]], queries: Sequence[str], rounds: int
) -> tuple[float, float]:
    """Median and p99 of single-query latency, in milliseconds, after a warm-up round."""
    for query in queries:
        search(query)
    samples = []
    for _ in range(rounds):
        for query in queries:
            start = time.perf_counter_ns()
            search(query)
            samples.append((time.perf_counter_ns() - start) / 1e6)
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, int(len(samples) * 0.99))]


def quality(search: Callable[[str], list[str]]) -> tuple[str, str]:
    """hit@1 and abstention on the sample set, scored like ../shared/eval/score_qa.py."""
    if not SAMPLE.exists():
        return "n/a", "n/a"
    items = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    hits = expects = declined = abstains = 0
    for item in items:
        answers = search(item["q"])
        if item.get("abstain"):
            abstains += 1
            declined += not answers
            continue
        expects += 1
        first = " ".join(fold(answers[0]).replace("*", "").split()) if answers else ""
        hits += (
            bool(answers)
            and len(answers[0]) <= 1500
            and any(fold(p) in first for p in item["expect"])
        )
    return f"{hits}/{expects}", f"{declined}/{abstains}"


def build(docs: int) -> tuple[KnowledgeBase, float]:
    from bench.synthetic import generate_documents

    start = time.perf_counter()
    kb = (
        KnowledgeBase.load()
        if docs == 0
        else KnowledgeBase.from_documents(generate_documents(docs))
    )
    return kb, time.perf_counter() - start


def peak_memory_mb(docs: int) -> float:
    """Peak resident memory of a fresh process that builds the index and answers the queries."""
    # VmHWM, not ru_maxrss: the latter keeps the parent's size across fork and exec.
    code = (
        "import re, bench.__main__ as b;"
        f"kb, _ = b.build({docs});"
        "[kb.search(q['q']) for q in b.questions()];"
        "print(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return int(out.stdout.split()[-1]) / 1024


def messages_per_second(rounds: int = 4, users: int = 50) -> float:
    """Messages through the core in one process: questions, browsing and dialog steps that
    write to SQLite (a full initiative registration per user and round)."""
    from bot.app import open_core
    from bot.clock import FixedClock
    from bot.messages import Incoming
    from bot.settings import Settings
    from bot.storage import Profile

    script = [
        "/sangkien", "Sóc Trăng", "Số hóa hồ sơ địa chính", "Nguyễn Thị Lan 70%; Trần Văn Bình 30%",
        "Quản lý đất đai", "15/03/2022", "Gắn mã QR lên từng bìa hồ sơ địa chính để tra cứu",
        "Máy quét, phần mềm", "Giảm thời gian tra cứu hồ sơ", "1",
        "tiêu chí thi đua cá nhân năm 2022", "soc trang 2022 chu de gi", "/phongtrao", "1",
    ]  # fmt: skip

    async def run() -> float:
        clock = FixedClock(dt.datetime(2022, 3, 25, 8, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh")))
        with tempfile.TemporaryDirectory() as folder:
            settings = Settings.from_env({"THIDUA_DB": f"{folder}/bench.sqlite3"})
            async with open_core(settings, KnowledgeBase.load(), clock) as core:
                for user in range(users):
                    person = Profile(
                        "console", str(user), "Nguyễn Văn An", "Phòng A", "Chuyên viên", False
                    )
                    await core.ctx.storage.save_profile(person, clock.now())
                count, start = 0, time.perf_counter()
                for _ in range(rounds):
                    for line in script:
                        for user in range(users):
                            await core.handle(Incoming("console", str(user), str(user), text=line))
                            count += 1
                return count / (time.perf_counter() - start)

    return asyncio.run(run())


def reminder_sweep(subscriptions: int = 100_000) -> tuple[float, float, int]:
    """Deciding who is reminded, for that many people subscribed to the campaign's deadlines:
    seconds for the sweep that plans the 1-day reminders (after downtime, so four lead times
    are due at once), seconds for the next sweep (everything already decided), rows planned.
    Sending is left out: the messengers' rate limits, not the sweep, set its pace."""
    from bot.app import open_core
    from bot.clock import FixedClock
    from bot.reminders import ReminderService
    from bot.settings import Settings
    from handlers.reminders import compose

    async def run() -> tuple[float, float, int]:
        clock = FixedClock(dt.datetime(2022, 3, 30, 8, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh")))
        with tempfile.TemporaryDirectory() as folder:
            settings = Settings.from_env({"THIDUA_DB": f"{folder}/bench.sqlite3"})
            async with open_core(settings, KnowledgeBase.load(), clock) as core:
                db = core.ctx.storage._db  # bulk set-up straight in SQL
                stamp = clock.now().isoformat()
                people = [(str(10_000_000 + n), n) for n in range(subscriptions)]
                await db.executemany(
                    "INSERT INTO contacts VALUES ('telegram', ?, ?, '', ?)",
                    [(uid, uid, stamp) for uid, _ in people],
                )
                await db.executemany(
                    "INSERT INTO users VALUES ('telegram', ?, 'Nguyễn Văn An', 'Phòng A', "
                    "'Chuyên viên', ?, ?, ?)",
                    [(uid, int(n % 20 == 0), stamp, stamp) for uid, n in people if n % 10 == 0],
                )
                await db.executemany(  # every tenth registered already
                    "INSERT INTO pledges (ref, channel, user_id, campaign_id, scope, titles, "
                    "targets, status, created_at, updated_at) VALUES (?, 'telegram', ?, "
                    "'soctrang-stnmt-2022', 'individual', '[]', 'x', 'active', ?, ?)",
                    [(f"TD-{n}", uid, stamp, stamp) for uid, n in people if n % 10 == 0],
                )
                await db.executemany(  # some turned reminders off, some chose other lead times
                    "INSERT INTO reminder_mutes VALUES ('telegram', ?, '*')",
                    [(uid,) for uid, n in people if n % 25 == 1],
                )
                await db.executemany(
                    "INSERT INTO reminder_leads VALUES ('telegram', ?, ',3,0,')",
                    [(uid,) for uid, n in people if n % 25 == 2],
                )
                service = ReminderService(core.ctx, {}, compose, channels=["telegram"])
                start = time.perf_counter()
                planned = await service.plan()
                first = time.perf_counter() - start
                start = time.perf_counter()
                await service.plan()
                again = time.perf_counter() - start
                return first, again, planned

    return asyncio.run(run())


def table(rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def verdict(value: float, limit: float) -> str:
    return "OK" if value <= limit else "OVER"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument(
        "--docs", type=int, default=10_000, help="generated documents (default 10000)"
    )
    parser.add_argument("--rounds", type=int, default=20, help="timing rounds over the questions")
    parser.add_argument("--quick", action="store_true", help="1,000 documents, 5 rounds")
    args = parser.parse_args(argv)
    if args.quick:
        args.docs, args.rounds = 1_000, 5
    queries = [str(item["q"]) for item in questions()]
    rows: list[tuple[str, ...]] = [("measure", "ours", "BM25 baseline", "target", "")]

    for label, docs in (("bundled", 0), (f"{args.docs:,} docs", args.docs)):
        kb, seconds = build(docs)
        baseline_start = time.perf_counter()
        baseline = Bm25Baseline([p.text for p in kb.passages])
        baseline_seconds = time.perf_counter() - baseline_start
        variants = (
            queries
            if docs == 0
            else queries
            + [f"{q} {kb.documents[i % len(kb.documents)].place}" for i, q in enumerate(queries)]
        )
        our_median, our_p99 = latency_ms(
            ours(kb), variants, args.rounds if docs == 0 else max(2, args.rounds // 4)
        )
        bm_median, bm_p99 = latency_ms(
            baseline.search, variants, args.rounds if docs == 0 else max(2, args.rounds // 4)
        )
        rows.append(
            (f"{label}: passages", f"{len(kb.passages):,}", f"{len(kb.passages):,}", "", "")
        )
        rows.append(
            (f"{label}: index build (s)", f"{seconds:.2f}", f"{baseline_seconds:.2f}", "", "")
        )
        rows.append(
            (
                f"{label}: latency median (ms)",
                f"{our_median:.3f}",
                f"{bm_median:.3f}",
                "≤ 1" if docs == 0 else "",
                verdict(our_median, 1) if docs == 0 else "",
            )
        )
        p99_limit = 5.0 if docs == 0 else 20.0
        rows.append(
            (
                f"{label}: latency p99 (ms)",
                f"{our_p99:.3f}",
                f"{bm_p99:.3f}",
                f"≤ {p99_limit:g}",
                verdict(our_p99, p99_limit),
            )
        )
        if docs == 0:
            our_hit, our_abstain = quality(ours(kb))
            bm_hit, bm_abstain = quality(baseline.search)
            rows.append(("sample set: hit@1", our_hit, bm_hit, "≥ 90%", ""))
            rows.append(("sample set: abstain", our_abstain, bm_abstain, "≥ 90%", ""))
        del kb, baseline

    bundled_mb = peak_memory_mb(0)
    rows.append(
        ("bundled: peak memory (MB)", f"{bundled_mb:.0f}", "", "≤ 120", verdict(bundled_mb, 120))
    )
    rows.append(
        (f"{args.docs:,} docs: peak memory (MB)", f"{peak_memory_mb(args.docs):.0f}", "", "", "")
    )
    mps = messages_per_second()
    rows.append(
        (
            "core: messages per second",
            f"{mps:,.0f}",
            "",
            "≥ 2,000",
            "OK" if mps >= 2000 else "UNDER",
        )
    )
    first, again, planned = reminder_sweep()
    rows.append(
        (
            f"reminders: first sweep, 100,000 subscriptions (ms; {planned:,} planned)",
            f"{first * 1000:,.0f}",
            "",
            "< 1,000",
            verdict(first, 1.0),
        )
    )
    rows.append(
        (
            "reminders: next sweep, all decided (ms)",
            f"{again * 1000:,.0f}",
            "",
            "< 1,000",
            verdict(again, 1.0),
        )
    )
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
