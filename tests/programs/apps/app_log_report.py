# A command-line log-report script: argparse options (given as a list, as if typed),
# a generated access log written to two files, read back through fileinput and a
# chain of generator stages (parse, filter, enrich), progress logged through
# logging, and a report made with statistics, string.Template and textwrap.
import argparse
import fileinput
import logging
import random
import statistics
import sys
import textwrap
from string import Template

LEVELS = ["DEBUG", "INFO", "WARNING", "ERROR"]
PATHS = ["/", "/login", "/api/items", "/api/items/42", "/static/app.js", "/search"]


def build_parser():
    parser = argparse.ArgumentParser(
        prog="logreport",
        description="Summarise access logs: request counts, slow paths and "
                    "response-time statistics.",
        epilog="Files are read in order; '-' means stdin.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="log files to read")
    parser.add_argument("--min-level", choices=LEVELS, default="INFO",
                        help="ignore lines below this level (default: %(default)s)")
    parser.add_argument("--top", type=int, default=3, metavar="N",
                        help="how many paths to list")
    parser.add_argument("--slow-ms", type=float, default=250.0,
                        help="a request slower than this is slow")
    parser.add_argument("-v", "--verbose", action="count", default=0)
    parser.add_argument("--width", type=int, default=60)
    return parser


def generate_log(seed, count):
    rng = random.Random(seed)
    for i in range(count):
        level = rng.choices(LEVELS, weights=[2, 10, 3, 1])[0]
        path = rng.choice(PATHS)
        ms = round(rng.expovariate(1 / 120), 1)
        status = 500 if level == "ERROR" else rng.choice([200, 200, 200, 304, 404])
        yield "%05d %s %s %d %.1fms\n" % (i, level, path, status, ms)


def write_logs(names, seed, per_file):
    for n, name in enumerate(names):
        with open(name, "w") as f:
            f.writelines(generate_log(seed + n, per_file))


def parse(lines, log):
    for line in lines:
        parts = line.split()
        if len(parts) != 5 or not parts[4].endswith("ms"):
            log.warning("skipping malformed line %r", line)
            continue
        seq, level, path, status, ms = parts
        yield {"seq": int(seq), "level": level, "path": path,
               "status": int(status), "ms": float(ms[:-2])}


def at_least(records, min_level):
    floor = LEVELS.index(min_level)
    for record in records:
        if LEVELS.index(record["level"]) >= floor:
            yield record


def progress(records, log, every):
    for n, record in enumerate(records, 1):
        if n % every == 0:
            log.info("%d records so far", n)
        yield record


def main(argv):
    args = build_parser().parse_args(argv)
    log = logging.getLogger("logreport")
    if not log.handlers:
        handler = logging.StreamHandler(sys.stdout)
        handler.setFormatter(logging.Formatter("[%(levelname)s] %(name)s: %(message)s"))
        log.addHandler(handler)
    log.setLevel(logging.DEBUG if args.verbose > 1 else logging.INFO)
    log.propagate = False

    write_logs(args.files, seed=7, per_file=40)
    with open(args.files[-1], "a") as f:
        f.write("garbage line\n")
    log.debug("wrote %d files", len(args.files))

    with fileinput.input(args.files) as lines:
        records = progress(at_least(parse(lines, log), args.min_level), log, 20)
        by_path = {}
        times = []
        slow = []
        statuses = {}
        for record in records:
            by_path[record["path"]] = by_path.get(record["path"], 0) + 1
            times.append(record["ms"])
            statuses[record["status"]] = statuses.get(record["status"], 0) + 1
            if record["ms"] > args.slow_ms:
                slow.append(record)
        log.info("read %d lines from %d files", lines.lineno(), len(args.files))

    header = Template("Report for $files ($count records at $level or above)")
    print(header.substitute(files=", ".join(args.files), count=len(times),
                            level=args.min_level))
    ranked = sorted(by_path.items(), key=lambda kv: (-kv[1], kv[0]))
    for path, n in ranked[:args.top]:
        print("  %-16s %4d" % (path, n))
    print("statuses:", dict(sorted(statuses.items())))
    print("mean %.2f ms, median %.1f ms, stdev %.3f ms" % (
        statistics.mean(times), statistics.median(times), statistics.stdev(times)))
    print("quartiles:", [round(q, 2) for q in statistics.quantiles(times, n=4)])
    summary = ("%d of %d requests were slower than %.0f ms; the slowest paths were %s."
               % (len(slow), len(times), args.slow_ms,
                  ", ".join(sorted({r["path"] for r in slow}))))
    print(textwrap.fill(summary, width=args.width, initial_indent="* ",
                        subsequent_indent="  "))
    if not slow:
        log.warning("no slow requests")


main(["app_log_report_a.log", "app_log_report_b.log", "--top", "4", "--min-level",
      "INFO", "-vv", "--width=50"])
main(["app_log_report_a.log", "--min-level", "WARNING", "--slow-ms", "1000"])
