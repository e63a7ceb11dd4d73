"""The benchmark of shared/spec/bench.md: every figure against a baseline measured in the same run.

    python bench/run.py [--quick] [--corpus-dir DIR] [--transformers DIR] [--runs 3]
                        [--no-torchfix] [--only cold,warm,...] [--json bench/results.json]

Corpora are fetched and built once, outside the repository (bench/corpora.py; default
``~/.cache/xentlint-bench``). Each timing is a separate process, run ``--runs`` times (min /
median / max), with its peak memory: the largest single process (``wait4``'s ``ru_maxrss``: a
worker's, with ``--jobs``) and the whole process tree (proportional set size, sampled from
/proc every 50 ms; shared pages counted once). The table goes to stdout, the figures to
``bench/results.json``.

``--quick`` is the one-minute smoke run CI may run: small corpora (a sample of transformers if
it is at hand, else the project's fixtures and test cases), never a download, and no time is
ever asserted.

Measures (``--only`` picks some): ``floors`` (libcst and ast parse of every file), ``cold``,
``warm`` (with ``edit``), ``imports`` (the cold check against the same with
``follow-imports = false``: what whole-program analysis costs), ``torchfix`` (its 200-file sample), ``startup``, ``latency``
(``check_source`` in-process), ``scaling``, ``findings`` (installed keras / torch sources).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "bench")]

import corpora  # noqa: E402 - bench/ is on the path now

MEASURES = ("floors", "cold", "warm", "imports", "torchfix", "startup", "latency", "scaling",
            "findings")
SMALL_FILE = REPO / "fixtures" / "keras_project" / "train_mnist.py"
EDITED = Path("models") / "bert" / "modeling_bert.py"  # the file the one-file edit changes
FLOOR = """import sys, pathlib
parse = __import__({module!r}).{function}
for path in sorted(p for p in pathlib.Path(sys.argv[1]).rglob('*.py') if '__pycache__' not in p.parts):
    try:
        parse(path.read_bytes())
    except Exception:
        pass
"""


# --- running and measuring a process --------------------------------------------------------

def _tree_pss(root: int) -> int:
    """Proportional set size (bytes) of ``root`` and its descendants, now."""
    total, pending, seen = 0, [root], set()
    while pending:
        pid = pending.pop()
        if pid in seen:
            continue
        seen.add(pid)
        try:
            with open(f"/proc/{pid}/smaps_rollup") as handle:
                total += next(int(line.split()[1]) for line in handle
                              if line.startswith("Pss:")) * 1024
            with open(f"/proc/{pid}/task/{pid}/children") as handle:
                pending.extend(int(c) for c in handle.read().split())
        except (OSError, StopIteration, ValueError):
            continue
    return total


def run_once(command: list[str], cwd: Path, env: dict[str, str]) -> dict[str, Any]:
    """Run ``command``: wall seconds, peak RSS of its largest process, peak PSS of its tree,
    exit code and stdout."""
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=out,
                                   stderr=subprocess.DEVNULL)
        peak, stop = [0], threading.Event()

        def sample() -> None:
            while not stop.is_set():
                peak[0] = max(peak[0], _tree_pss(process.pid))
                stop.wait(0.05)

        sampler = threading.Thread(target=sample, daemon=True)
        if os.path.exists("/proc/self/smaps_rollup"):
            sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        stop.set()
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        stdout = out.read()
    return {"seconds": wall, "cpu": usage.ru_utime + usage.ru_stime,
            "rss": usage.ru_maxrss * 1024, "pss": peak[0] or None, "code": process.returncode,
            "stdout": stdout}


def spread(values: list[float]) -> dict[str, float]:
    return {"min": min(values), "median": statistics.median(values), "max": max(values)}


class Bench:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.cache = corpora.cache_dir(args.corpus_dir)
        self.work = self.cache / "work"
        self.work.mkdir(exist_ok=True)
        self.env = dict(os.environ, PYTHONPATH=os.pathsep.join(
            [str(REPO), *filter(None, [os.environ.get("PYTHONPATH")])]))
        self.env.pop("XENTLINT_CACHE_DIR", None)
        self.rows: list[dict[str, Any]] = []
        self.notes: list[str] = []
        self.findings: dict[str, dict[str, int]] = {}

    def say(self, text: str) -> None:
        print(f"[bench {time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)

    def measure(self, command: list[str], runs: int | None = None,
                before: Any = None) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        return self.measure_together([command], runs, before)[0]

    def measure_together(self, commands: list[list[str]], runs: int | None = None,
                         before: Any = None) -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
        """Each command ``runs`` times, taking turns (a measure and its baseline see the same
        load on a shared machine): per command, its figures and each run's result."""
        done: list[list[dict[str, Any]]] = [[] for _ in commands]
        for _ in range(runs or self.args.runs):
            for command, results in zip(commands, done):
                if before is not None:
                    before()
                results.append(run_once(command, self.work, self.env))
        figures = []
        for results in done:
            pss = [d["pss"] for d in results if d["pss"]]
            figures.append(({
                "seconds": spread([d["seconds"] for d in results]),
                "cpu": spread([d["cpu"] for d in results]),
                "rss": max(d["rss"] for d in results), "pss": max(pss) if pss else None,
                "runs": len(results), "codes": sorted({d["code"] for d in results})}, results))
        return figures

    def row(self, measure: str, result: dict[str, Any], baseline: str | None = None,
            extra: dict[str, Any] | None = None) -> dict[str, Any]:
        against = next((r for r in self.rows if r["measure"] == baseline), None)
        ratio = (result["seconds"]["median"] / against["seconds"]["median"]
                 if against else None)
        cpu_ratio = (result["cpu"]["median"] / against["cpu"]["median"]
                     if against and result.get("cpu") and against.get("cpu") else None)
        row = {"measure": measure, **result, "baseline": baseline, "ratio": ratio,
               "cpu_ratio": cpu_ratio, **(extra or {})}
        self.rows.append(row)
        self.say(f"{measure}: {result['seconds']['median']:.2f} s"
                 + (f" ({ratio:.3f}x {baseline})" if ratio is not None else ""))
        return row

    def xentlint(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "xentlint", "check", "--isolated", "--output-format",
                "json", "--exit-zero", *args]

    # --- the measures -------------------------------------------------------------------

    def floors_and_cold(self, corpus: Path, label: str, cold: bool) -> None:
        """The parse floors and the cold check, taking turns."""
        names = [f"libcst parse floor, {label} (1 process)", f"ast.parse floor, {label} "
                 "(1 process)"]
        commands = [[sys.executable, "-c", FLOOR.format(module=module, function=function),
                     str(corpus)] for module, function in (("libcst", "parse_module"),
                                                          ("ast", "parse"))]
        if cold:
            commands.append(self.xentlint("--no-cache", str(corpus)))
        measured = self.measure_together(commands)
        for name, (result, _) in zip(names, measured):
            self.row(name, result)
        if cold:
            result, done = measured[2]
            self.findings[label] = _by_code(done[0]["stdout"])
            self.row(f"cold check, {label}", result, names[0],
                     {"files": len(corpora.python_files(corpus))})

    def warm(self, corpus: Path, label: str) -> None:
        edited = EDITED if (corpus / EDITED).is_file() else max(
            (f.relative_to(corpus) for f in corpora.python_files(corpus)),
            key=lambda f: (corpus / f).stat().st_size)
        root, target = corpora.working_copy(self.cache, corpus, edited)
        cache_dir = self.work / f"cache-{label.split()[0]}"
        shutil.rmtree(cache_dir, ignore_errors=True)
        command = self.xentlint("--cache-dir", str(cache_dir), str(root))
        first = run_once(command, self.work, self.env)
        cold = next(r for r in self.rows if r["measure"] == f"cold check, {label}")
        if _by_code(first["stdout"]) != self.findings.get(label):
            self.notes.append(f"{label}: the run that fills the cache reports other findings "
                              "than the cold check")
        result, done = self.measure(command)
        if any(d["stdout"] != first["stdout"] for d in done):
            self.notes.append(f"{label}: a warm run's output differs from the cold run's")
        self.row(f"warm check (cache filled, nothing changed), {label}", result,
                 cold["measure"])
        original, count = target.read_bytes(), [0]

        def edit() -> None:
            count[0] += 1
            target.write_bytes(original + f"\n# bench edit {count[0]}\n".encode())

        result, _ = self.measure(command, before=edit)
        target.write_bytes(original)
        self.row(f"one file edited ({edited.as_posix()}), {label}", result, cold["measure"])

    def imports(self, corpus: Path, label: str) -> None:
        """What following imports costs: the cold check, and each file alone, taking turns."""
        alone = self.work / "follow-imports-false.toml"
        alone.write_text("follow-imports = false\n")
        per_file = [a if a != "--isolated" else f"--config={alone}"
                    for a in self.xentlint("--no-cache", str(corpus))]
        (first, _), (second, done) = self.measure_together(
            [per_file, self.xentlint("--no-cache", str(corpus))])
        name = f"cold check, each file alone (follow-imports = false), {label}"
        self.row(name, first)
        self.row(f"cold check, following imports (the default), {label}", second, name)
        found = _by_code(done[0]["stdout"])
        if label in self.findings and found != self.findings[label]:
            self.notes.append(f"{label}: the cold checks report different findings")

    def torchfix(self, corpus: Path) -> None:
        sample = corpora.sample(self.cache, corpus, 200, seed=0)
        executable = self._torchfix()
        if executable is None:
            return
        (torchfix, _), (ours, _) = self.measure_together(
            [[str(executable), "--select", "ALL", str(sample)],
             self.xentlint("--no-cache", str(sample))])
        self.row("TorchFix --select ALL, 200-file sample", torchfix)
        self.row("cold check, 200-file sample", ours, "TorchFix --select ALL, 200-file sample")

    def _torchfix(self) -> Path | None:
        """TorchFix in the benchmark's own virtual environment (installed once)."""
        venv = self.cache / "torchfix-venv"
        executable = venv / "bin" / "torchfix"
        if executable.exists():
            return executable
        if self.args.quick:
            self.notes.append("TorchFix: not installed in the benchmark cache; --quick does not "
                              "install it")
            return None
        self.say("installing TorchFix into its own virtual environment")
        try:
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
            subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", "torchfix"],
                           check=True, timeout=900)
        except (OSError, subprocess.SubprocessError) as error:
            self.notes.append(f"TorchFix: skipped, it cannot be installed ({error})")
            shutil.rmtree(venv, ignore_errors=True)
            return None
        return executable

    def startup(self) -> None:
        runs = max(self.args.runs, 5 if self.args.quick else 10)
        (bare, _), (version, _), (small, _) = self.measure_together(
            [[sys.executable, "-c", "pass"], [sys.executable, "-m", "xentlint", "--version"],
             self.xentlint("--no-cache", str(SMALL_FILE))], runs)
        self.row("python -c pass", bare)
        self.row("xentlint --version", version, "python -c pass",
                 {"over_baseline": version["seconds"]["median"] - bare["seconds"]["median"]})
        self.row("xentlint check one small file", small, "python -c pass")

    def latency(self) -> None:
        import libcst
        from lsp_latency import training_script

        import xentlint

        text = training_script()
        calls = 10 if self.args.quick else 50
        xentlint.check_source(text, "train.py")

        def timed(function: Any) -> float:
            start = time.perf_counter()
            function()
            return time.perf_counter() - start

        parse, check = [], []
        for _ in range(calls):  # taking turns, so that a change of load hits both alike
            parse.append(timed(lambda: libcst.parse_module(text)))
            check.append(timed(lambda: xentlint.check_source(text, "train.py")))
        lines = text.count("\n")
        for name, times, baseline in (
                (f"libcst parse, {lines}-line training script ({calls} calls)", parse, None),
                (f"check_source in-process, {lines}-line training script ({calls} calls)", check,
                 f"libcst parse, {lines}-line training script ({calls} calls)")):
            p95 = sorted(times)[max(0, int(len(times) * 0.95) - 1)]
            self.row(name, {"seconds": spread(times), "cpu": None, "rss": None, "pss": None,
                            "runs": calls, "codes": [0]}, baseline, {"p95": p95})

    def scaling(self, corpus: Path, label: str) -> None:
        """Cold checks of the base set 1x, 2x and 4x (taking turns): time and memory per file
        should stay flat."""
        base = corpora.sample(self.cache, corpus, self.args.scale_base, seed=1, label="base")
        files = len(corpora.python_files(base))
        factors = (1, 2, 4)
        measured = self.measure_together([self.xentlint("--no-cache", str(
            corpora.scaled(self.cache, base, factor))) for factor in factors])
        first: dict[str, Any] | None = None
        for factor, (result, _) in zip(factors, measured):
            per_file = result["seconds"]["median"] / (files * factor)
            row = self.row(f"scaling {factor}x ({files * factor} files of {label})", result,
                           first["measure"] if first else None,
                           {"files": files * factor, "per_file": per_file})
            if first is None:
                first = row
            else:
                row["per_file_ratio"] = per_file / first["per_file"]

    def installed_sources(self) -> None:
        for name in ("keras", "torch"):
            source = corpora.installed(name)
            if source is None:
                self.notes.append(f"{name}: not installed, its sources are not checked")
                continue
            result, done = self.measure(self.xentlint("--no-cache", str(source)), runs=1)
            self.findings[f"{name} sources"] = _by_code(done[0]["stdout"])
            self.row(f"cold check, installed {name} sources (1 run)", result, None,
                     {"files": len(corpora.python_files(source))})


def _by_code(stdout: bytes) -> dict[str, int]:
    try:
        return dict(sorted(Counter(f["code"] for f in json.loads(stdout)).items()))
    except ValueError:
        return {"(no JSON output)": 1}


# --- the report -------------------------------------------------------------------------------

def machine() -> dict[str, Any]:
    try:
        with open("/proc/meminfo") as handle:
            kb = int(next(line.split()[1] for line in handle if line.startswith("MemTotal:")))
        ram = f"{kb / 1024 / 1024:.1f} GB"
    except (OSError, StopIteration, ValueError):
        ram = "unknown"
    try:
        import libcst._version

        libcst_version = libcst._version.__version__
    except ImportError:
        libcst_version = "not installed"
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 0
    return {"nproc": cores, "ram": ram, "python": platform.python_version(),
            "platform": platform.platform(), "libcst": libcst_version}


def _seconds(value: float) -> str:
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def _megabytes(value: int | None) -> str:
    return f"{value / 1e6:.0f} MB" if value else ""


def markdown(rows: list[dict[str, Any]]) -> str:
    out = ["| measure | median | min | max | CPU (median) | peak RSS (largest process) "
           "| peak PSS (all) | ratio (wall) | ratio (CPU) | baseline |",
           "|---|---|---|---|---|---|---|---|---|---|"]
    for row in rows:
        seconds = row["seconds"]
        ratio = "" if row["ratio"] is None else f"{row['ratio']:.3f}×"
        if row.get("per_file_ratio") is not None:
            ratio += f" (per file: {row['per_file_ratio']:.2f}× of 1×)"
        cpu = _seconds(row["cpu"]["median"]) if row.get("cpu") else ""
        cpu_ratio = "" if row.get("cpu_ratio") is None else f"{row['cpu_ratio']:.3f}×"
        out.append(f"| {row['measure']} | {_seconds(seconds['median'])} | "
                   f"{_seconds(seconds['min'])} | {_seconds(seconds['max'])} | {cpu} | "
                   f"{_megabytes(row.get('rss'))} | {_megabytes(row.get('pss'))} | {ratio} | "
                   f"{cpu_ratio} | {row['baseline'] or ''} |")
    return "\n".join(out)


def findings_table(findings: dict[str, dict[str, int]]) -> str:
    if not findings:
        return ""
    codes = sorted({c for counts in findings.values() for c in counts})
    out = ["| corpus | " + "".join(f"{c} | " for c in codes) + "total |",
           "|---|" + "---|" * (len(codes) + 1)]
    for corpus, counts in findings.items():
        out.append(f"| {corpus} | " + "".join(f"{counts.get(c, 0)} | " for c in codes)
                   + f"{sum(counts.values())} |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="the one-minute smoke run")
    parser.add_argument("--corpus-dir", help="where corpora are cached "
                        f"(${corpora.CACHE_VARIABLE}, default ~/.cache/xentlint-bench)")
    parser.add_argument("--transformers", metavar="DIR",
                        help="an unpacked transformers package to use instead of the download")
    parser.add_argument("--runs", type=int, default=3, help="runs of each timing (>= 3)")
    parser.add_argument("--scale-base", type=int, default=500, metavar="FILES",
                        help="files of transformers in the 1x scaling project")
    parser.add_argument("--no-torchfix", action="store_true", help="skip the TorchFix baseline")
    parser.add_argument("--only", help=f"comma-separated measures of {', '.join(MEASURES)}")
    parser.add_argument("--json", default=str(REPO / "bench" / "results.json"), metavar="PATH")
    args = parser.parse_args(argv)
    only = set(args.only.split(",")) if args.only else set(MEASURES)
    if args.no_torchfix:
        only.discard("torchfix")
    bench = Bench(args)
    started = time.time()

    full = corpora.transformers(bench.cache, args.transformers, download=not args.quick)
    if args.quick:
        args.scale_base = min(args.scale_base, 20)
        if full is not None and len(corpora.python_files(full)) > 60:
            corpus = corpora.sample(bench.cache, full, 60, seed=2, label="quick")
        elif full is not None:
            corpus = full
        else:
            corpus = corpora.tree(bench.cache, "quick-project", [
                (f, f.relative_to(REPO)) for d in ("fixtures", "tests/cases")
                for f in corpora.python_files(REPO / d)])
        label = f"{corpus.name} ({len(corpora.python_files(corpus))} files)"
    else:
        if full is None:
            raise SystemExit("bench: no transformers corpus")
        corpus, label = full, f"transformers {corpora.TRANSFORMERS_VERSION}"
    bench.say(f"corpus: {corpus} ({len(corpora.python_files(corpus))} files)")

    if {"floors", "cold", "warm"} & only:
        bench.floors_and_cold(corpus, label, cold=bool({"cold", "warm"} & only))
    if "warm" in only:
        bench.warm(corpus, label)
    if "imports" in only:
        bench.imports(corpus, label)
    if "torchfix" in only and full is not None and (not args.quick or args.only):
        bench.torchfix(full if not args.quick else corpus)
    if "startup" in only:
        bench.startup()
    if "latency" in only:
        bench.latency()
    if "scaling" in only:
        bench.scaling(full or corpus, "transformers" if full else label)
    if "findings" in only and not args.quick:
        bench.installed_sources()

    when = datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    about = machine()
    table = markdown(bench.rows)
    by_code = findings_table(bench.findings)
    print(f"Measured {when}: {about['nproc']} cores, {about['ram']} RAM, Python "
          f"{about['python']}, libcst {about['libcst']}; {args.runs} runs each"
          f"{' (--quick)' if args.quick else ''}.\n")
    print(table)
    if by_code:
        print("\nFindings by code:\n\n" + by_code)
    for note in bench.notes:
        print(f"\nNote: {note}")
    results = {"date": when, "machine": about, "quick": args.quick, "runs": args.runs,
               "corpus": str(corpus), "seconds": time.time() - started,
               "rows": [{k: v for k, v in r.items()} for r in bench.rows],
               "findings": bench.findings, "notes": bench.notes}
    Path(args.json).write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
