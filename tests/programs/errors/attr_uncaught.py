# checks that genpy runs this program (attr_uncaught, from the first differential-testing corpus) exactly as CPython 3.11 does
class P:
    def __init__(self): self.x = 1
P().y
