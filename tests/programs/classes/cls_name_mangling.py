# checks that genpy runs this program (cls_name_mangling, from the second differential-testing corpus) exactly as CPython 3.11 does
class Account:
    __count = 0
    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1
        self._protected = True
    def owner(self): return self.__owner
    @classmethod
    def count(cls): return cls.__count
class Sub(Account):
    def __init__(self, owner):
        super().__init__(owner)
        self.__owner = "shadow"
    def both(self):
        return self.__owner, self.owner()
s = Sub("real")
print(s.both(), Account.count(), sorted(vars(s)))
print(s._Account__owner, s._Sub__owner, hasattr(s, "__owner"))
try:
    s.__owner
except AttributeError as e:
    print("AttributeError:", e)
