"""The long fuzz run: every reader of outside files, 20,000 damaged cases each by default.

    python tests/perf/fuzz.py                 # 5 readers x 20,000 cases = 100,000
    python tests/perf/fuzz.py 2000 package    # fewer cases, some readers only

The cases are those of tests/unit/test_fuzz_readers.py (tests/support/fuzz.py makes them) with
other seeds. Prints cases per second per reader and every distinct crash with a case number;
the run ends 1 when anything crashed or a refused case changed a database.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS))


def main(argv: list[str]) -> int:
    import os

    from support import fuzz
    from support.fuzz_targets import READERS, build_target, small_world

    cases = int(argv[0]) if argv else 20_000
    wanted = argv[1:] or list(READERS)
    total, crashes, seconds = 0, 0, 0.0
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("SKILLSAPP_HOME", str(Path(tmp) / "home"))
        world = small_world(Path(tmp) / "world")
        for number, name in enumerate(wanted):
            target = build_target(name, world, Path(tmp) / name)
            try:
                run = fuzz.run_cases(
                    name, target.make_case, target.read, cases=cases, seed=1000 + number,
                    after=target.after,
                )  # fmt: skip
            finally:
                target.close()
            print(run.summary(), flush=True)
            for finding in run.distinct().values():
                print(f"    {finding}", flush=True)
            total += run.cases
            crashes += len(run.findings)
            seconds += run.seconds
    print(f"total: {total} cases in {seconds:.0f} s ({total / seconds:.0f}/s), {crashes} crashes")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
