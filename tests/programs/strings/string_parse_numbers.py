# checks that genpy runs this program (string_parse_numbers, from the first differential-testing corpus) exactly as CPython 3.11 does
data = "3.5, 2, -1.25e2, 7, abc, 1_000, 0x1F"
nums = []
for tok in data.split(","):
    tok = tok.strip()
    for conv in (int, float):
        try:
            nums.append(conv(tok)); break
        except ValueError:
            pass
    else:
        print("skip", tok)
print(nums, sum(nums))
print(int("0x1F", 16), int("1F", 16), float("1_000"), "%.2f" % sum(nums))
