# checks that genpy runs this program (slicing, from the first differential-testing corpus) exactly as CPython 3.11 does
s = list(range(10))
print(s[::-1], s[-3:], s[:-3], s[2:8:3], s[8:2:-2], s[-1:-4:-1], s[100:], s[-100:2], s[::3])
print(s[5:2], s[::-3], s[1:-1:2], "hello"[::-1][1:3], (1, 2, 3)[::-1], range(10)[::-2])
t = s[:]; t[2:5] = "ab"; print(t)
t = s[:]; t[::2] = [0] * 5; print(t)
try:
    t[::2] = [1, 2]
except ValueError as e:
    print(e)
t = s[:]; t[3:3] = [99, 98]; print(t)
t = s[:]; t[-2:] = []; print(t)
try: s[::0]
except ValueError as e: print(e)
print(s[True], s[-True] if True else "", "abc"[None:None], [1, 2, 3][None:1])
sl = slice(1, 5, 2); print(s[sl], sl, sl.start, sl.stop, sl.step)
print("abcdef"[slice(None, None, -2)])
m = [[1, 2], [3, 4]]; print(m[1][::-1], m[-1][-1])
t = (1, 2, 3, 2); print(t.index(2), t.count(2), t + (4,), t * 2, t[1:])
