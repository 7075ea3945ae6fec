# pipeline_strings: a multi-stage generator pipeline over generated log lines
# (split, filter, map, aggregate in a dict) — the shape of real log processing.
N = 600000


def lines(n):
    levels = ["INFO", "WARN", "ERROR", "DEBUG"]
    i = 0
    while i < n:
        yield f"2026-11-25 12:{i % 60:02d} {levels[i % 4]} /api/item/{i % 97} {i % 500}ms"
        i += 1


def parse(src):
    for line in src:
        date, time, level, path, ms = line.split()
        yield level, path, int(ms[:-2])


def slow(records, limit):
    return ((lvl, path, ms) for lvl, path, ms in records if ms >= limit)


def main():
    counts = {}
    total = 0
    for lvl, path, ms in slow(parse(lines(N)), 250):
        counts[lvl] = counts.get(lvl, 0) + 1
        total += ms
    print("pipeline_strings", sorted(counts.items()), total)


main()
