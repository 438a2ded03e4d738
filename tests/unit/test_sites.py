"""Sites (điểm trường, issue 22): a school's satellite sites, its classes' sites, the school
report broken down by site, and a site's PC syncing like a teacher's (through the real export
and import functions of the sync world: the demo school's teacher PC is the site's PC)."""

from __future__ import annotations

from datetime import date

import pytest
from support.sync_world import (  # noqa: F401  (fixtures)
    World,
    export,
    import_into,
    world_fixture,
    world_template_fixture,
)

from skillsapp.cli import main
from skillsapp.content import load_kit
from skillsapp.domain.records import Pupil, SessionInput
from skillsapp.errors import UserError
from skillsapp.reports.build import ReportRequest, build_report
from skillsapp.reports.figures import SiteRow, site_rows
from skillsapp.services import school as school_service
from skillsapp.services.sessions import record_session
from skillsapp.store import open_store, sync_trust


def test_sites_are_added_renamed_and_unique(demo_store):
    first = school_service.save_site(demo_store, "  Điểm  Nà Lừa ")
    assert first.name == "Điểm Nà Lừa"
    school_service.save_site(demo_store, "Điểm Bản Chang")
    with pytest.raises(UserError) as twice:
        school_service.save_site(demo_store, "điểm nà lừa")
    assert twice.value.key == "site.exists"
    with pytest.raises(UserError):
        school_service.save_site(demo_store, "   ")
    school_service.save_site(demo_store, "Điểm Nà Lừa 2", first.id)
    assert [s.name for s in school_service.sites(demo_store)] == ["Điểm Bản Chang", "Điểm Nà Lừa 2"]
    assert school_service.site_name(demo_store, first.id, "main") == "Điểm Nà Lừa 2"
    assert school_service.site_name(demo_store, "", "main") == "main"


def _site_class(store, site_id: str):
    """A mixed class 3+4 at the site: five grade-3 and five grade-4 pupils, one lesson where
    all ten were present."""
    school = school_service.current_school(store)
    year = school_service.classes(store)[0].school_year
    cls = school_service.create_class(
        store,
        school_id=school.id,
        school_year=year,
        grade=3,
        name="Ghép 3-4 Nà Lừa",
        site_id=site_id,
        grades=(3, 4),
    )
    school_service.add_pupils(
        store,
        [
            Pupil(id="", class_id=cls.id, full_name=f"Bạn Điểm {i}", grade=3 + i % 2)
            for i in range(10)
        ],
    )
    roster = school_service.pupils(store, cls.id)
    record_session(
        store,
        SessionInput(
            kind="lesson",
            held_on=date(int(year[:4]), 10, 6),
            class_id=cls.id,
            lesson_id="g3-5/01-internet-quanh-em",
            attendance={p.id: "present" for p in roster},
        ),
    )
    return cls, year


def test_the_school_report_breaks_down_by_site(demo_store):
    before = site_rows(demo_store, school_service.classes(demo_store)[0].school_year)
    site = school_service.save_site(demo_store, "Điểm Nà Lừa")
    _cls, year = _site_class(demo_store, site.id)
    rows = site_rows(demo_store, year)
    assert [r.name for r in rows] == ["", "Điểm Nà Lừa"]
    assert rows[1] == SiteRow("Điểm Nà Lừa", classes=1, sessions=1, enrolled=10, reached=10)
    assert rows[0] == before[0]  # the main site keeps every other class
    request = ReportRequest("school", year, "csv", by_site=True)
    body = build_report(demo_store, load_kit(), request, today=date(int(year[:4]) + 1, 6, 1))
    table = next(b for b in body.document.body if getattr(b, "key", "") == "sites")
    assert table.rows[1][:5] == ("Điểm Nà Lừa", 1, 1, 10, 10)
    assert table.rows[0][0] == "Điểm chính"
    plain = build_report(demo_store, load_kit(), ReportRequest("school", year, "csv"))
    assert not [b for b in plain.document.body if getattr(b, "key", "") == "sites"]


def test_the_report_command_takes_by_site(demo_db, tmp_path):
    store = open_store(demo_db)
    try:
        site = school_service.save_site(store, "Điểm Bản Chang")
        _cls, year = _site_class(store, site.id)
    finally:
        store.close()
    out = tmp_path / "school.csv"
    args = ["report", "--db", str(demo_db), "--kind", "school", "--period", year]
    assert main([*args, "--format", "csv", "--out", str(out), "--by-site", "--lang", "en"]) == 0
    text = out.read_text(encoding="utf-8-sig")
    assert "Classes, sessions and pupils by site" in text
    assert "Main site,3," in text and "Điểm Bản Chang,1,1,10,10," in text


def _devices(world: World) -> tuple[str, str]:
    """(the site PC's device id, the leader's)."""
    ids = []
    for db in (world.teacher, world.leader):
        store = open_store(db)
        try:
            ids.append(store.device_id)
        finally:
            store.close()
    return ids[0], ids[1]


def test_a_site_pc_syncs_its_classes_like_a_teachers(world: World, capsys):
    site_pc, _leader_id = _devices(world)
    import_into(world.leader, world.package)
    leader = open_store(world.leader)
    try:
        site = school_service.save_site(leader, "Điểm Nà Lừa")
        cls, _year = _site_class(leader, site.id)  # the leader makes the site's class ...
    finally:
        leader.close()
    # ... and gives the site's classes to the site PC
    assign = ["sync", "assign", "--db", str(world.leader), "--site", "điểm nà lừa"]
    assert main([*assign, "--device", "Cô Hà"]) == 0
    leader = open_store(world.leader)
    try:
        assert cls.id in sync_trust.classes_taught(leader.db, site_pc)
    finally:
        leader.close()
    nowhere = ["sync", "assign", "--db", str(world.leader), "--site", "Nowhere"]
    assert main([*nowhere, "--device", "Cô Hà"]) == 1
    assert "Nowhere" in capsys.readouterr().err  # no site of that name
    to_site = export(world.leader, world.root / "to-site.kns")
    assert import_into(world.teacher, to_site).refused == []
    pc = open_store(world.teacher)
    try:
        arrived = school_service.find_class(pc, "Ghép 3-4 Nà Lừa")
        assert (arrived.site_id, arrived.grades) == (site.id, (3, 4))
        assert [s.name for s in school_service.sites(pc)] == ["Điểm Nà Lừa"]
        roster = school_service.pupils(pc, arrived.id)
        assert sorted(p.grade for p in roster) == [3] * 5 + [4] * 5
        # the site PC teaches a second lesson and moves a pupil to grade 4
        school_service.save_pupil(pc, roster[0].__class__(**{**roster[0].__dict__, "grade": 4}))
        record_session(
            pc,
            SessionInput(
                kind="lesson",
                held_on=date(int(arrived.school_year[:4]), 10, 13),
                class_id=arrived.id,
                lesson_id="g3-5/04-tin-that-hay-gia",
                attendance={p.id: "present" for p in roster},
            ),
        )
        # ... and tries to rename the site, which is the leader's
        school_service.save_site(pc, "Điểm Đổi Tên", site.id)
    finally:
        pc.close()
    back = import_into(world.leader, export(world.teacher, world.root / "from-site.kns"))
    assert [(r.table, r.reason) for r in back.refused] == [("site", "scope")]
    leader = open_store(world.leader)
    try:
        assert [s.name for s in school_service.sites(leader)] == ["Điểm Nà Lừa"]
        mine = school_service.find_class(leader, "Ghép 3-4 Nà Lừa")
        grades = sorted(p.grade for p in school_service.pupils(leader, mine.id))
        assert grades == [3] * 4 + [4] * 6
        rows = site_rows(leader, mine.school_year)
        assert rows[1] == SiteRow("Điểm Nà Lừa", classes=1, sessions=2, enrolled=10, reached=10)
    finally:
        leader.close()
