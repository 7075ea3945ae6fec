# checks that genpy runs this program (matrix_ops, from the first differential-testing corpus) exactly as CPython 3.11 does
def matmul(A, B):
    return [[sum(a * b for a, b in zip(row, col)) for col in zip(*B)] for row in A]
A = [[1, 2], [3, 4]]; I = [[1, 0], [0, 1]]
print(matmul(A, A), matmul(A, I) == A)
def transpose(M): return [list(r) for r in zip(*M)]
print(transpose([[1, 2, 3], [4, 5, 6]]))
def det(M):
    if len(M) == 1: return M[0][0]
    return sum((-1) ** j * M[0][j] * det([r[:j] + r[j + 1:] for r in M[1:]]) for j in range(len(M)))
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(A))
print("\n".join(" ".join(f"{v:3d}" for v in row) for row in matmul(A, A)))
