# checks that itertools.groupby
import itertools
print([(k, len(list(g))) for k, g in itertools.groupby("aabccc")])
