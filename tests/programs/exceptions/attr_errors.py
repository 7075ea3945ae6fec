# checks that genpy runs this program (attr_errors, from the first differential-testing corpus) exactly as CPython 3.11 does
class K: pass
k = K()
try: k.missing
except AttributeError as e: print(e)
try: K.missing
except AttributeError as e: print(e)
try: (1).foo
except AttributeError as e: print(e)
try: "s".foo()
except AttributeError as e: print(e)
try: None.x
except AttributeError as e: print(e)
try: [].push(1)
except AttributeError as e: print(e)
class S:
    __slots__ = ()
try: len(5)
except TypeError as e: print(e)
try: 1 + "a"
except TypeError as e: print(e)
try: "a" + 1
except TypeError as e: print(e)
try: [1] + (1,)
except TypeError as e: print(e)
try: 1 < "a"
except TypeError as e: print(e)
try: None()
except TypeError as e: print(e)
try: "abc"[1] = "x"
except TypeError as e: print(e)
try: {}[[1]] = 1
except TypeError as e: print(e)
try: int("x")
except ValueError as e: print(e)
try: float("y")
except ValueError as e: print(e)
try: int("3.5")
except ValueError as e: print(e)
try: [1, 2][5]
except IndexError as e: print(e)
try: (1,)[3]
except IndexError as e: print(e)
try: "ab"[9]
except IndexError as e: print(e)
try: 1 / 0
except ZeroDivisionError as e: print(e)
try: 1 // 0
except ZeroDivisionError as e: print(e)
try: 1 % 0
except ZeroDivisionError as e: print(e)
try: 1.0 / 0
except ZeroDivisionError as e: print(e)
try: -"a"
except TypeError as e: print(e)
try: len()
except TypeError as e: print(e)
try: abs(1, 2)
except TypeError as e: print(e)
