"""Issuers that no longer exist after the 2025 reorganisation, and what replaced them.

Sources: ../shared/research/domain-2026.md (the 18/02/2025 decision on the Government's
structure, whose number the research only infers as 176/2025/QH15; Nghị quyết 202/2025/QH15 on merging provinces, Nghị quyết 203/2025/QH15 ending the
district level). Matched on the issuer's words without diacritics, most specific first.
"""

from dataclasses import dataclass

from knowledge.normalize import fold


@dataclass(frozen=True)
class Successor:
    name: str  # who does the work now
    basis: str  # the decision that made it so, as staff would cite it


_MINISTRY = Successor(
    "Bộ Nông nghiệp và Môi trường",
    "Bộ Tài nguyên và Môi trường hợp nhất với Bộ Nông nghiệp và Phát triển nông thôn "
    "theo quyết định của Quốc hội ngày 18/02/2025 (được cho là Nghị quyết 176/2025/QH15, "
    "chưa đối chiếu văn bản), hoạt động từ 01/3/2025",
)
# (words the issuer contains, successor); the first match wins.
_TABLE: tuple[tuple[tuple[str, ...], Successor], ...] = (
    (
        ("huyen",),
        Successor(
            "Ủy ban nhân dân cấp xã hoặc cơ quan chuyên môn cấp tỉnh",
            "không còn cấp huyện từ 01/7/2025 (Nghị quyết 203/2025/QH15)",
        ),
    ),
    (
        ("so tai nguyen va moi truong", "soc trang"),
        Successor(
            "Sở Nông nghiệp và Môi trường thành phố Cần Thơ",
            "tỉnh Sóc Trăng sáp nhập vào thành phố Cần Thơ từ 01/7/2025 (Nghị quyết "
            "202/2025/QH15); Sở Tài nguyên và Môi trường nay là Sở Nông nghiệp và Môi trường",
        ),
    ),
    (
        ("so tai nguyen va moi truong", "kon tum"),
        Successor(
            "Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi",
            "tỉnh Kon Tum sáp nhập vào tỉnh Quảng Ngãi từ 01/7/2025 (Nghị quyết 202/2025/QH15); "
            "Sở Tài nguyên và Môi trường nay là Sở Nông nghiệp và Môi trường",
        ),
    ),
    (
        ("kon tum",),
        Successor(
            "Ủy ban nhân dân tỉnh Quảng Ngãi",
            "tỉnh Kon Tum sáp nhập vào tỉnh Quảng Ngãi từ 01/7/2025 (Nghị quyết 202/2025/QH15)",
        ),
    ),
    (
        ("soc trang",),
        Successor(
            "Ủy ban nhân dân thành phố Cần Thơ",
            "tỉnh Sóc Trăng sáp nhập vào thành phố Cần Thơ từ 01/7/2025 "
            "(Nghị quyết 202/2025/QH15)",
        ),
    ),
    (("bo tai nguyen va moi truong",), _MINISTRY),
    (("so tai nguyen va moi truong",), Successor(
        "Sở Nông nghiệp và Môi trường của tỉnh, thành phố",
        "Sở Tài nguyên và Môi trường được tổ chức lại thành Sở Nông nghiệp và Môi trường (2025)",
    )),
)  # fmt: skip


def successor_of(issuer: str) -> Successor | None:
    """What replaced the issuer, or None when it still exists (as far as we know)."""
    folded = f" {' '.join(fold(issuer).split())} "
    for words, successor in _TABLE:
        if all(f" {w} " in folded for w in words):
            return successor
    return None
