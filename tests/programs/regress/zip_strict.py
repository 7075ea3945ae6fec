# checks that zip(strict=True) raises on unequal lengths
print(list(zip([1, 2], [3], strict=True)))
