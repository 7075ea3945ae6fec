# checks that float repr breaks shortest-digit ties to even
print(1e15 + 0.3)
