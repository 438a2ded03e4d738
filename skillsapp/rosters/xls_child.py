"""Reading an old-Excel (.xls) file in a child process with a memory limit.

A damaged sector count in an .xls makes calamine (Rust) ask for tens of gigabytes and, when
that fails, abort the whole process: no exception reaches Python. So .xls bytes are read here,
in a throwaway `python -m skillsapp.rosters.xls_child NAME` that gets the bytes on stdin and
answers on stdout with a pickle of ("ok", Workbook) or ("error", key, params); if it dies, the
parent (read.py) reports the file as damaged in one line and the app carries on. The address
space is capped (on systems with `resource`) so a huge allocation fails at once instead of
pushing the PC into swap.
"""

from __future__ import annotations

import pickle
import sys

MEMORY_LIMIT_BYTES = 1 << 30  # a 20 MB workbook needs far less; a runaway count far more


def _limit_memory() -> None:
    try:
        import resource
    except ImportError:  # Windows: the crash is still contained in this process
        return
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = MEMORY_LIMIT_BYTES if hard == resource.RLIM_INFINITY else min(hard, MEMORY_LIMIT_BYTES)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def main() -> int:
    name = sys.argv[1] if len(sys.argv) > 1 else "file.xls"
    data = sys.stdin.buffer.read()
    _limit_memory()
    from skillsapp.errors import UserError
    from skillsapp.rosters.read import read_xls_here

    try:
        answer: tuple[object, ...] = ("ok", read_xls_here(data, name))
    except UserError as exc:
        answer = ("error", exc.key, exc.params)
    sys.stdout.buffer.write(pickle.dumps(answer))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
