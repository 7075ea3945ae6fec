import decimal
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, InvalidOperation, DivisionByZero
prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10")]
subtotal = sum(prices)
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(subtotal, tax, subtotal + tax, repr(subtotal + tax), f"${subtotal + tax:,.2f}", f"{tax:>10}|", f"{Decimal('0.5'):.0%}")
print([Decimal(x) for x in ["1.000", "-0", "1e3", "-1.5E-3", "12345678901234567890.123", "Infinity", "-inf", "NaN"]])
print(Decimal("1e3") + 0, Decimal(7) / Decimal(8), Decimal(2) ** -2, Decimal("1.1") ** 2, Decimal(10) ** 30, Decimal(1) / 7 * 7)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), Decimal("123456789") + 1, +Decimal("3.14159265"))
print(getcontext().prec, Decimal(1) / Decimal(3))
for r in [ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, decimal.ROUND_HALF_EVEN, decimal.ROUND_FLOOR, decimal.ROUND_UP, decimal.ROUND_HALF_DOWN]:
    print(r, [str(Decimal(x).quantize(Decimal("1"), rounding=r)) for x in ["2.5", "3.5", "-2.5", "2.4", "-2.6"]])
for bad in [lambda: Decimal("abc"), lambda: Decimal(1) / 0, lambda: Decimal(0) / 0, lambda: Decimal(-1).sqrt(), lambda: Decimal([1])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(sorted([Decimal("3"), Decimal("1.5"), Decimal("-2")]), Decimal("1.50") == Decimal("1.5"), {Decimal("2.0"): "x"}[2], Decimal(5) > 4, int(Decimal("-7.9")), float(Decimal("2.5")), Decimal("2.50").normalize(), Decimal("-0.00").is_zero(), Decimal(3).is_signed())
print(Decimal("10").sqrt(), Decimal("0.25").sqrt(), Decimal(100).sqrt(), divmod(Decimal(7), Decimal(-2)), Decimal(7).remainder_near(2) if False else "", Decimal("1.23456").to_integral_value(), abs(Decimal("-3.3")))
print(type(Decimal(1)), decimal.DivisionByZero.__mro__[1], isinstance(Decimal(1), decimal.Decimal))
print(Decimal(0.1), Decimal("1.30")+Decimal("1.20"), Decimal(1)/Decimal(3), Decimal("1.00")/2, Decimal(10)/4, Decimal("-7")//2, Decimal(-7)%2, Decimal("2")**10, Decimal(2).sqrt(), Decimal("1E+2"), Decimal("0.000001"), Decimal("0.0000001"), Decimal("100").normalize(), -Decimal("0"), Decimal("1.5").quantize(Decimal("1"), rounding=ROUND_HALF_UP), round(Decimal("2.675"), 2), round(Decimal("2.5")), format(Decimal("1234.5678"), ",.2f"), f"{Decimal('3.14159'):.3f}", hash(Decimal("1.0"))==hash(1), Decimal("0.1")*3 == Decimal("0.3"), sum([Decimal("0.1")]*3), Decimal("1.23E-10"), Decimal(123).as_tuple(), Decimal("3.0") == 3, Decimal("0.5") < 0.6, max(Decimal(1), Decimal("1.5")))
