# checks that genpy runs this program (num_format, from the first differential-testing corpus) exactly as CPython 3.11 does
for v in [0, 1, -1, 3.0, 2.5, 1e16, 1.23456789e-7, 123.456, 1/3, 1e21, 12345678.9]:
    print(f"{v} {v:.3} {v:g} {v:.2f} {v:10.4e} {v:>12} {v:<8}| {v:.0f}")
print(f"{42:08.2f} {42:+.1e} {-42:e} {0.000012345:g} {123456789.0:g} {1e-5:g} {1e-4:g}")
print(format(1234.5, ",.1f"), format(-0.0, ".1f"), format(float("inf"), ".2f"), format(float("nan"), "f"))
print(f"{7:3}|{7:<3}|{'a':3}|{7.0:3}|")
print(f"{255:#o} {255:#X} {-255:x} {3.7:.0f} {4.5:.0f} {5.5:.0f} {0.125:.2f} {0.375:.2f}")
print(f"{1000000:,d} {-1234.5678:,.2f} {0.5:.0%} {12:c}" if True else "")
print(f"{10:=+6} {-10:=6} {3.14:=+10.2f}")
print(f"{'abc':.2} {'abc':>6.2}|")
print(round(1.23456, 3), round(-1.5), round(2.5e-5, 5), round(123.456, -1), round(5, 2), type(round(2.5)), type(round(2.5, 1)))
print(str(1e16), str(1.5e16), str(123456789012345.6), str(0.000123), 1e-4 * 10, 2.5e-3)
