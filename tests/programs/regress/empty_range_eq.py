# checks that ranges compare equal as sequences
print(range(0) == range(5, 2))
