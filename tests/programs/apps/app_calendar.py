# checks that genpy runs this program (app_calendar, from the second differential-testing corpus) exactly as CPython 3.11 does
def is_leap(y): return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_in(y, m): return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
def weekday(y, m, d):
    t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    if m < 3: y -= 1
    return (y + y // 4 - y // 100 + y // 400 + t[m - 1] + d) % 7
def month_cal(y, m):
    names = "January February March April May June July August September October November December".split()
    lines = [f"{names[m-1]} {y}".center(20), "Su Mo Tu We Th Fr Sa"]
    start = weekday(y, m, 1)
    cells = ["  "] * start + [f"{d:2d}" for d in range(1, days_in(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)
print(month_cal(2024, 2))
print(month_cal(2023, 10))
print([y for y in range(1896, 1920) if is_leap(y)], sum(days_in(2000, m) for m in range(1, 13)))
