"""The application for recognition of an initiative (đơn yêu cầu công nhận sáng kiến), the
second stage after its registration, with the fields of Phụ lục I, Thông tư 18/2013/TT-BKHCN.

Flow: /cuatoi → an initiative → "Làm đơn yêu cầu công nhận" → kính gửi → each author's date of
birth, workplace, title and qualification (one line per author) → investor → date first
applied (now a past date) → confidential information → benefits in the view of those who
trialled it → who took part in the trial → the commitment → summary → confirm. What the
registration already says (name, field, authors and shares, description, conditions,
benefits) is carried over and can be corrected at the summary. The bot sends the filled-in
form as a DOCX file.
"""

import datetime as dt
import re
from typing import Any

from bot.context import AppContext
from bot.dialogs import Dialog, Invalid, Step, Turn
from bot.messages import Incoming, OutFile, Reply
from bot.storage import Registration
from handlers.application_form import COMMITMENT, Application, Person, application_docx
from handlers.fields import one_of, option, past_date, show_date, text
from knowledge.normalize import fold

_DATE = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")
PEOPLE_HELP = "Mỗi người một dòng: Họ tên; ngày sinh; nơi công tác; chức danh; trình độ chuyên môn"


async def start(msg: Incoming, ctx: AppContext, record: Registration) -> list[Reply]:
    """Begin the application for a registered initiative, carrying over what it says."""
    fields = record.fields
    campaign = ctx.knowledge.campaign(record.campaign_id)
    person = await ctx.storage.profile(msg.channel, msg.user_id)
    known = {
        "_initiative": record.id,
        "_ref": record.ref,
        "_authors": [{"name": a.name, "share": a.share} for a in fields["authors"]],
        "_issuer": campaign.issuer if campaign else "",
        "_place": campaign.place if campaign else "",
        "_unit": person.unit if person else "",
        "name": fields["name"],
        "field": fields["field"],
        "description": fields["description"] or None,
        "conditions": fields["conditions"] or None,
        "benefits": fields["benefits"] or None,
        "first_applied": fields["first_applied"],
    }
    saved = await ctx.storage.application(record.id)
    if saved is not None:  # an application made before: open it at its summary to correct
        return await ctx.dialogs.start("application", msg, ctx, answers={**known, **saved})
    return await ctx.dialogs.start("application", msg, ctx, known=known)


def _recipient_prompt(turn: Turn) -> str:
    issuer = turn.answers.get("_issuer") or "Sở"
    return f"Kính gửi ai? Ví dụ: Hội đồng sáng kiến cơ sở của {issuer}."


def _authors_prompt(turn: Turn) -> str:
    names = ", ".join(a["name"] for a in turn.answers.get("_authors", []))
    return (
        f"Thông tin từng tác giả ({names}). {PEOPLE_HELP}. Ví dụ:\n"
        f"{turn.answers.get('_authors', [{'name': 'Nguyễn Thị Lan'}])[0]['name']}; 12/05/1985; "
        f"{turn.answers.get('_unit') or 'Phòng Đất đai'}; Chuyên viên; Đại học"
    )


def _person_line(line: str, turn: Turn, extra: bool) -> dict[str, str]:
    parts = [p.strip() for p in line.split(";")]
    wanted = 6 if extra else 5
    if len(parts) != wanted or not all(parts):
        what = "; nội dung công việc hỗ trợ" if extra else ""
        raise Invalid(
            f"“{line}”: cần đủ {wanted} mục cách nhau bằng dấu chấm phẩy: họ tên; ngày sinh; "
            f"nơi công tác; chức danh; trình độ chuyên môn{what}."
        )
    match = _DATE.match(parts[1])
    if not match:
        raise Invalid(f"“{parts[1]}”: ngày sinh viết dạng ngày/tháng/năm, ví dụ 12/05/1985.")
    day, month, year = (int(g) for g in match.groups())
    try:
        born = dt.date(year, month, day)
    except ValueError:
        raise Invalid(f"Ngày sinh {parts[1]} của {parts[0]} không có thật trên lịch.") from None
    today = turn.ctx.clock.now().date()
    if not 16 <= (today - born).days // 365 <= 90:
        raise Invalid(f"Ngày sinh {parts[1]} của {parts[0]} chưa hợp lý; anh/chị kiểm tra lại.")
    person = {"name": parts[0], "born": born.isoformat(), "workplace": parts[2],
              "title": parts[3], "qualification": parts[4]}  # fmt: skip
    if extra:
        person["task"] = parts[5]
    return person


def _parse_authors(answer: str, turn: Turn) -> list[dict[str, Any]]:
    """One line per author of the registration, in any order; shares come from it."""
    authors = turn.answers.get("_authors", [])
    by_name = {fold(a["name"]): a for a in authors}
    found: dict[str, dict[str, Any]] = {}
    for line in filter(None, (ln.strip() for ln in answer.split("\n"))):
        person = _person_line(line, turn, extra=False)
        key = fold(person["name"])
        if key not in by_name:
            names = ", ".join(a["name"] for a in authors)
            raise Invalid(
                f"{person['name']} không có trong danh sách tác giả đã đăng ký ({names}). "
                "Muốn đổi tác giả, anh/chị sửa bản đăng ký sáng kiến trước."
            )
        found[key] = {**person, "name": by_name[key]["name"], "share": by_name[key]["share"]}
    missing = [a["name"] for a in authors if fold(a["name"]) not in found]
    if missing:
        raise Invalid(f"Còn thiếu thông tin của {', '.join(missing)}. {PEOPLE_HELP}.")
    return [found[fold(a["name"])] for a in authors]


def _parse_trial(answer: str, turn: Turn) -> list[dict[str, str]]:
    lines = [ln.strip() for ln in answer.split("\n") if ln.strip()]
    return [_person_line(line, turn, extra=True) for line in lines]


def _show_people(value: Any, turn: Turn) -> str:
    return "; ".join(
        f"{p['name']} ({dt.date.fromisoformat(p['born']):%d/%m/%Y}, {p['workplace']}, "
        f"{p['title']}, {p['qualification']}" + (f", {p['share']}%" if "share" in p else "")
        + (f", {p['task']}" if "task" in p else "") + ")"
        for p in value
    )  # fmt: skip


def _first_applied_due(turn: Turn) -> bool:
    """Asked again when the registration gave an expected date that has not come yet."""
    value = turn.answers.get("first_applied")
    return not value or dt.date.fromisoformat(str(value)) > turn.ctx.clock.now().date()


def _commit_options(turn: Turn) -> list[Any]:
    return [option("Tôi (chúng tôi) xin cam đoan", "yes")]


def _missing(field: str) -> Any:
    return lambda turn: turn.answers.get(field) in (None, "")


def build(answers: dict[str, Any], signed: dt.date) -> Application:
    def person(p: dict[str, Any], last: str) -> Person:
        born = f"{dt.date.fromisoformat(p['born']):%d/%m/%Y}"
        return Person(p["name"], born, p["workplace"], p["title"], p["qualification"], last)

    return Application(
        recipient=str(answers["recipient"]),
        authors=tuple(person(a, f"{a['share']}%") for a in answers["authors"]),
        name=str(answers["name"]),
        investor=str(answers.get("investor") or "Tác giả đồng thời là chủ đầu tư"),
        field=str(answers["field"]),
        first_applied=dt.date.fromisoformat(str(answers["first_applied"])),
        description=str(answers["description"]),
        confidential=str(answers.get("confidential") or "Không có."),
        conditions=str(answers["conditions"]),
        benefits=str(answers["benefits"]),
        trial_benefits=str(answers.get("trial_benefits") or "Không có."),
        place=str(answers.get("_place") or ""),
        signed=signed,
        trial_people=tuple(person(p, p["task"]) for p in answers.get("trial_people") or []),
    )


async def _finish(turn: Turn) -> list[Reply]:
    ctx, msg, answers = turn.ctx, turn.msg, dict(turn.answers)
    saved = await ctx.storage.save_application(
        int(answers["_initiative"]), msg.channel, msg.user_id,
        {k: v for k, v in answers.items() if not k.startswith("_")}, ctx.clock.now(),
    )  # fmt: skip
    if not saved:
        await ctx.storage.drop_dialog(msg.channel, msg.user_id)
        return [Reply("Bản đăng ký sáng kiến này không còn hiệu lực; đơn chưa được lưu.")]
    today = ctx.clock.now().astimezone(ctx.settings.tz).date()
    data = application_docx(build(answers, today))
    ref = answers["_ref"]
    return [
        Reply(
            f"Đã lưu đơn yêu cầu công nhận sáng kiến “{answers['name']}” ({ref}). Tôi gửi kèm "
            "tệp DOCX theo mẫu Phụ lục I Thông tư 18/2013/TT-BKHCN; anh/chị in, ký và nộp cho "
            "cơ quan thường trực.",
            file=OutFile(f"Don-cong-nhan-sang-kien-{ref}.docx", data),
        )
    ]


DIALOG = Dialog(
    name="application",
    title="làm đơn yêu cầu công nhận sáng kiến",
    steps=(
        Step("recipient", "Kính gửi", _recipient_prompt, text(5, 200, "Nơi nhận đơn")),
        Step("authors", "Tác giả", _authors_prompt, _parse_authors, show=_show_people,
             max_chars=2000),
        Step("name", "Tên sáng kiến", "Tên sáng kiến?", text(5, 300, "Tên sáng kiến"),
             when=_missing("name"), max_chars=300),
        Step("investor", "Chủ đầu tư tạo ra sáng kiến",
             "Chủ đầu tư tạo ra sáng kiến, nếu khác tác giả (ví dụ sáng kiến dùng kinh phí Nhà "
             "nước: ghi cơ quan cấp kinh phí)? Gõ /boqua nếu tác giả đồng thời là chủ đầu tư.",
             text(3, 300, "Chủ đầu tư"), optional=True),
        Step("field", "Lĩnh vực áp dụng", "Lĩnh vực áp dụng sáng kiến?",
             text(3, 200, "Lĩnh vực"), when=_missing("field")),
        Step("first_applied", "Ngày áp dụng lần đầu hoặc áp dụng thử",
             "Ngày sáng kiến được áp dụng lần đầu hoặc áp dụng thử (ghi ngày sớm hơn; "
             "ngày/tháng/năm)?", past_date, when=_first_applied_due, show=show_date,
             max_chars=20),
        Step("description", "Mô tả bản chất", "Mô tả bản chất của sáng kiến?",
             text(20, 3000, "Phần mô tả"), when=_missing("description"), max_chars=3000),
        Step("confidential", "Thông tin cần bảo mật",
             "Những thông tin cần được bảo mật (nếu có)? Gõ /boqua nếu không có.",
             text(3, 1000, "Thông tin cần bảo mật"), optional=True, max_chars=1000),
        Step("conditions", "Điều kiện cần thiết để áp dụng",
             "Những điều kiện cần thiết để áp dụng sáng kiến?",
             text(5, 2000, "Phần điều kiện"), when=_missing("conditions"), max_chars=2000),
        Step("benefits", "Lợi ích theo ý kiến tác giả",
             "Lợi ích thu được hoặc dự kiến thu được theo ý kiến của tác giả?",
             text(10, 3000, "Phần lợi ích"), when=_missing("benefits"), max_chars=3000),
        Step("trial_benefits", "Lợi ích theo ý kiến người áp dụng thử",
             "Lợi ích theo ý kiến của tổ chức, cá nhân đã áp dụng lần đầu hoặc áp dụng thử (nếu "
             "có)? Gõ /boqua nếu không có.", text(10, 3000, "Phần lợi ích"), optional=True,
             max_chars=3000),
        Step("trial_people", "Người tham gia áp dụng thử",
             f"Những người đã tham gia áp dụng thử hoặc áp dụng lần đầu (nếu có). {PEOPLE_HELP}; "
             "nội dung công việc hỗ trợ. Gõ /boqua nếu không có.", _parse_trial,
             optional=True, show=_show_people, max_chars=3000),
        Step("commitment", "Cam đoan", f"{COMMITMENT}\nAnh/chị xác nhận lời cam đoan này?",
             one_of(_commit_options), options=_commit_options,
             show=lambda value, turn: COMMITMENT),
    ),
    finish=_finish,
)  # fmt: skip
