# A recursive function whose base case is never reached (it tests n == 0 but steps
# by 2 from an odd number): RecursionError, after the output before it.
def halve_to_zero(n):
    if n == 0:
        return 0
    return halve_to_zero(n - 2)


print(halve_to_zero(10))
print(halve_to_zero(7))
