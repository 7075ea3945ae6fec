# checks that genpy runs this program (attr_suggest_uncaught, from the first differential-testing corpus) exactly as CPython 3.11 does
class P:
    def __init__(self): self.value = 1
print(P().valeu)
