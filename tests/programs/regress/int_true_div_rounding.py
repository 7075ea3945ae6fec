# int / int when an operand has more than 53 bits: one correct rounding of the
# exact quotient (converting both to float first rounds twice).
print(304109719961823317 / 6192449487634432)
print((2**53 + 1) / 3, (2**62 + 5) / (2**61 - 1), -(2**60 + 1) / 7)
print(9007199254740993 / 1, 9007199254740993 / -1, 1 / 9007199254740993)
