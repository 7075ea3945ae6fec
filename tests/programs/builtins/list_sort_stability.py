# checks that genpy runs this program (list_sort_stability, from the first differential-testing corpus) exactly as CPython 3.11 does
recs = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1)]
print(sorted(recs, key=lambda r: r[1]))
by_name = sorted(recs); print(sorted(by_name, key=lambda r: r[1], reverse=True))
nums = [5, 3, 5, 1, 3]
print(sorted(set(nums)), sorted(nums, key=nums.count), nums.index(3), list(dict.fromkeys(nums)))
words = "the Quick brown fox Jumps over The lazy dog".split()
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=lambda w: w[-1]))
matrix = [[3, 1], [2, 2], [1, 3]]
matrix.sort(key=lambda r: r[1]); print(matrix)
print(sorted([1.5, 1, True, 0.5]), sorted("Banana"), sorted([[], [1], [0, 0]]))
