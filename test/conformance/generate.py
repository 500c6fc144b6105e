#!/usr/bin/env python3
"""Regenerate the expected outputs of the conformance corpus with CPython.

Usage (from anywhere):
    python3 test/conformance/generate.py                 # every script under test/py
    python3 test/conformance/generate.py test/py/str     # every script under a folder
    python3 test/conformance/generate.py a.py b.py       # given scripts
    python3 test/conformance/generate.py --check [...]   # verify, write nothing

For each script <name>.py it runs `python3 <name>.py` with the script's folder
as working directory, no arguments, stdin from <name>.in (empty if absent) and
the environment PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8, then writes:
  <name>.out  stdout, byte for byte
  <name>.err  only if the exit status was non-zero: "exit N\\n" followed by
              the last non-empty line of stderr and "\\n".
Every script is run twice; differing results mean the script is not
deterministic and are reported as errors (nothing is written for it).

Which files are scripts: see is_script() (same rule as test/conformance.test.ts).
Scripts listed in test/py/not-cpython.txt (expected output written by hand for
tspy-only features, e.g. the _ffi module) are never regenerated.
Must be run with CPython 3.11 (the corpus encodes 3.11 semantics).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
CORPUS = ROOT / "test" / "py"
TIMEOUT = 60
SKIP_DIRS = {"_modules", "lib", "__pycache__"}


def is_script(path: Path) -> bool:
    """Same rule as the vitest runner:
    - *.py files under test/py,
    - not named mod_*.py or __init__.py (helper modules imported by scripts),
    - not inside a folder named _modules, lib or __pycache__, or whose name
      starts with mod_ (helper packages), or a folder holding __init__.py."""
    if path.suffix != ".py":
        return False
    if path.name.startswith("mod_") or path.name == "__init__.py":
        return False
    rel = path.relative_to(CORPUS)
    for part in rel.parts[:-1]:
        if part in SKIP_DIRS or part.startswith("mod_"):
            return False
    if (path.parent / "__init__.py").exists():
        return False
    return True


def read_not_cpython() -> list[str]:
    """Entries of test/py/not-cpython.txt: script paths, or folders ending in '/'."""
    f = CORPUS / "not-cpython.txt"
    if not f.exists():
        return []
    entries = []
    for raw in f.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            entries.append(line)
    return entries


def is_not_cpython(script: Path, entries: list[str]) -> bool:
    rel = script.relative_to(CORPUS).as_posix()
    return any(rel == e or (e.endswith("/") and rel.startswith(e)) for e in entries)


def discover(targets: list[str]) -> list[Path]:
    if not targets:
        targets = [str(CORPUS)]
    found: list[Path] = []
    for t in targets:
        p = Path(t).resolve()
        if p.is_dir():
            found.extend(q for q in sorted(p.rglob("*.py")) if is_script(q))
        elif p.is_file():
            if not is_script(p):
                print(f"warning: {t} is not a corpus script (skipped)", file=sys.stderr)
            else:
                found.append(p)
        else:
            sys.exit(f"no such file or folder: {t}")
    return sorted(set(found))


def child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["LC_ALL"] = "C.UTF-8"
    return env


def run_once(script: Path) -> tuple[bytes, bytes | None]:
    stdin_file = script.with_suffix(".in")
    stdin = stdin_file.read_bytes() if stdin_file.exists() else b""
    proc = subprocess.run(
        [sys.executable, script.name],
        cwd=script.parent,
        input=stdin,
        capture_output=True,
        env=child_env(),
        timeout=TIMEOUT,
    )
    err: bytes | None = None
    if proc.returncode != 0:
        lines = [l for l in proc.stderr.decode("utf-8", "replace").splitlines() if l.strip()]
        last = lines[-1] if lines else ""
        err = f"exit {proc.returncode}\n{last}\n".encode("utf-8")
    return proc.stdout, err


def process(script: Path, check: bool) -> str | None:
    """Returns an error message or None."""
    rel = script.relative_to(CORPUS)
    try:
        first = run_once(script)
        second = run_once(script)
    except subprocess.TimeoutExpired:
        return f"{rel}: timed out"
    if first != second:
        return f"{rel}: NOT DETERMINISTIC (two runs differ)"
    out, err = first
    out_file = script.with_suffix(".out")
    err_file = script.with_suffix(".err")
    if check:
        problems = []
        if not out_file.exists() or out_file.read_bytes() != out:
            problems.append(".out differs")
        if err is None and err_file.exists():
            problems.append(".err exists but the script exits 0")
        if err is not None and (not err_file.exists() or err_file.read_bytes() != err):
            problems.append(".err differs")
        return f"{rel}: {', '.join(problems)}" if problems else None
    out_file.write_bytes(out)
    if err is None:
        if err_file.exists():
            err_file.unlink()
    else:
        err_file.write_bytes(err)
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("targets", nargs="*", help="scripts or folders (default: all of test/py)")
    ap.add_argument("--check", action="store_true", help="verify the expected files, write nothing")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2)
    args = ap.parse_args()
    if sys.version_info[:2] != (3, 11):
        print(f"warning: expected CPython 3.11, running {sys.version.split()[0]}", file=sys.stderr)
    scripts = discover(args.targets)
    not_cpython = read_not_cpython()
    skipped = [s for s in scripts if is_not_cpython(s, not_cpython)]
    scripts = [s for s in scripts if not is_not_cpython(s, not_cpython)]
    if skipped:
        print(f"skipping {len(skipped)} script(s) listed in test/py/not-cpython.txt", file=sys.stderr)
    with ThreadPoolExecutor(max_workers=args.jobs) as ex:
        results = list(ex.map(lambda s: process(s, args.check), scripts))
    errors = [r for r in results if r]
    for e in errors:
        print(e, file=sys.stderr)
    verb = "checked" if args.check else "generated"
    print(f"{verb} {len(scripts)} scripts, {len(errors)} problem(s)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
