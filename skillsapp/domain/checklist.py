"""The programme's task checklist: what each school is asked to do under Decision 830/QĐ-TTg.

Drawn from the city's letters to schools (Sở GD&ĐT Hải Phòng 2022, Sở TT&TT 2024): make a plan,
teach the "digital skills kit" by age, reach parents, train staff, publicise hotline 111, filter
content at school, set safe rules for online teaching, counsel and support children, and report
periodically. A school ticks these per school year; the school report prints them with status
and notes and the department report counts how many schools have done each.

Plain data, low in the house: services/checklist.py checks what a school saves against it and
the reports print it, so neither has to import the other.
"""

from __future__ import annotations

from dataclasses import dataclass

STATUSES = ("todo", "doing", "done")


@dataclass(frozen=True)
class ChecklistTask:
    """One task of the checklist: a stable code (saved in `plan_task`) and its title."""

    code: str
    vi: str
    en: str

    def title(self, lang: str) -> str:
        return self.en if lang == "en" else self.vi


CHECKLIST: tuple[ChecklistTask, ...] = (
    ChecklistTask(
        "plan",
        "Xây dựng kế hoạch triển khai chương trình của nhà trường",
        "The school's plan for the programme is made",
    ),
    ChecklistTask(
        "kit_teaching",
        "Lồng ghép “bộ kỹ năng số” vào chương trình giáo dục theo độ tuổi",
        "The digital skills kit is integrated into teaching by age",
    ),
    ChecklistTask(
        "parents",
        "Tuyên truyền, phối hợp với cha mẹ, người chăm sóc trẻ",
        "Parents and carers are informed and involved",
    ),
    ChecklistTask(
        "staff_training",
        "Tập huấn, bồi dưỡng giáo viên, cán bộ nhà trường",
        "Teachers and school staff are trained",
    ),
    ChecklistTask(
        "hotline_111",
        "Tuyên truyền Tổng đài điện thoại quốc gia bảo vệ trẻ em 111",
        "The national child protection hotline 111 is publicised",
    ),
    ChecklistTask(
        "filtering",
        "Giải pháp kỹ thuật giám sát, chặn lọc nội dung không phù hợp tại trường",
        "Technical filtering of unsuitable content at school",
    ),
    ChecklistTask(
        "online_teaching",
        "Quy chế dạy học trực tuyến bảo đảm an toàn thông tin",
        "Rules for safe online teaching and information security",
    ),
    ChecklistTask(
        "counselling",
        "Tư vấn học đường, hỗ trợ học sinh khi bị xâm hại trên mạng",
        "School counselling and support for pupils harmed online",
    ),
    ChecklistTask(
        "reporting",
        "Báo cáo định kỳ kết quả thực hiện",
        "Periodic reporting of results",
    ),
)

CHECKLIST_CODES = tuple(t.code for t in CHECKLIST)


def checklist_task(code: str) -> ChecklistTask | None:
    """The task with this code, or None for a code the checklist does not have."""
    return next((t for t in CHECKLIST if t.code == code), None)
