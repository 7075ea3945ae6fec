# checks that the rest of itertools (product, permutations, accumulate, ...)
import itertools
print(list(itertools.product("ab", repeat=2)))
