# checks that round(int, -n) rounds half to even
print(round(25, -1), round(250, -2), round(-35, -1))
