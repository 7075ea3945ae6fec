# checks that genpy runs this program (numeric_money_rounding, from the second differential-testing corpus) exactly as CPython 3.11 does
prices = [19.99, 5.01, 0.1, 0.2, 100.005, 2.675]
total = sum(prices)
print(total, round(total, 2), f"{total:.2f}")
cents = [round(p * 100) for p in prices]
print(cents, sum(cents), f"{sum(cents) // 100}.{sum(cents) % 100:02d}")
def split_bill(total_cents, n):
    base, extra = divmod(total_cents, n)
    return [base + (1 if i < extra else 0) for i in range(n)]
print(split_bill(10000, 3), split_bill(1, 4), split_bill(sum(cents), 7))
tax = [(p, round(p * 0.0825, 2)) for p in prices]
for p, t in tax:
    print(f"{p:>8.3f} {t:>6.2f} {p + t:>8.2f}")
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 1.1 * 3, 3.3 / 1.1, 1e-3 * 1e3, 7 / 3 * 3)
