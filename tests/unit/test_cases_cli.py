"""`skillsapp cases ...`: the register through the command line, with the real key derivation."""

from __future__ import annotations

import re

import pytest

from skillsapp.cli import main
from skillsapp.store import open_store


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def files(tmp_path):
    db = tmp_path / "school.db"
    open_store(db).close()
    secret = tmp_path / "pass.txt"
    secret.write_text("một câu thật dài để nhớ\n", encoding="utf-8")
    deputy = tmp_path / "deputy.txt"
    deputy.write_text("câu của người phó hiệu trưởng\r\n", encoding="utf-8")
    return db, secret, deputy


def test_init_add_follow_close_list_and_summary(files, capsys):
    db, secret, deputy = files
    common = ("--db", str(db), "--passphrase-file", str(secret))
    code, out, _ = run(capsys, "cases", "init", *common, "--deputy-passphrase-file", str(deputy))
    assert code == 0
    recovery = re.search(r"[A-Z2-9]{5}(-[A-Z2-9]{5}){4}", out)
    assert recovery and "only once" in out and "never be read again" in out
    code, out, _ = run(
        capsys, "cases", "add", *common, "--kind", "grooming", "--received", "2026-11-02",
        "--note", "Zyxwvut nói chuyện lạ", "--grade", "7", "--gender", "F",
    )  # fmt: skip
    assert code == 0
    case = re.search(r"code ([A-Z2-9]{6})", out)[1]
    run(capsys, "cases", "add", *common, "--kind", "scam", "--received", "2026-11-05")
    code, _, _ = run(
        capsys, "cases", "action", *common, case, "--action", "listened", "--day", "2026-11-03"
    )
    assert code == 0
    code, out, _ = run(capsys, "cases", "close", *common, case, "--outcome", "supported")
    assert code == 0 and case in out and "Supported" in out
    deputy_common = ("--db", str(db), "--passphrase-file", str(deputy))
    code, out, _ = run(capsys, "cases", "list", *deputy_common)
    assert code == 0 and case in out and "Zyxwvut" not in out
    assert len([line for line in out.splitlines() if "\t" in line]) == 2
    code, out, _ = run(capsys, "cases", "summary", "--db", str(db), "--period", "2026-2027/hk1")
    assert code == 0
    assert "received 2, supported 1, referred 0, still open 1" in out
    assert "median days to first action: 1" in out and "Grooming: 1" in out
    assert b"Zyxwvut" not in db.read_bytes()
    code, out, _ = run(capsys, "cases", "retention", *common, "--months", "24")
    assert code == 0 and "24 months" in out
    code, out, _ = run(capsys, "cases", "audit", *common)
    whats = [line.split("\t")[1:3] for line in out.splitlines()]
    assert whats[:3] == [["designated", "setup"], ["designated", "open"], ["designated", "add"]]
    assert ["deputy", "open"] in whats and whats[-1] == ["designated", "open"]


def test_wrong_passphrase_and_missing_file_exit_1_and_reveal_nothing(files, capsys, tmp_path):
    db, secret, _ = files
    assert run(capsys, "cases", "init", "--db", str(db), "--passphrase-file", str(secret))[0] == 0
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("không phải câu đó đâu", encoding="utf-8")
    code, out, err = run(capsys, "cases", "list", "--db", str(db), "--passphrase-file", str(wrong))
    assert (code, out) == (1, "")
    assert err.strip() == (
        "Wrong passphrase or recovery code. After several wrong tries, each new try waits longer."
    )
    code, _, err = run(
        capsys, "cases", "list", "--db", str(db), "--passphrase-file", str(tmp_path / "none")
    )
    assert code == 1 and "Cannot read the passphrase file" in err
    code, _, err = run(capsys, "cases", "summary", "--db", str(db), "--period", "autumn")
    assert code == 1 and "not valid" in err


def test_messages_are_vietnamese_first(files, capsys, monkeypatch):
    db, secret, _ = files
    monkeypatch.setenv("SKILLSAPP_LANG", "vi")
    code, out, _ = run(capsys, "cases", "summary", "--db", str(db), "--period", "2026-11")
    assert code == 0 and out.startswith("Kỳ 2026-11: tiếp nhận 0")
    code, _, err = run(capsys, "cases", "list", "--db", str(db), "--passphrase-file", str(secret))
    assert code == 1 and "Chưa lập sổ theo dõi" in err
