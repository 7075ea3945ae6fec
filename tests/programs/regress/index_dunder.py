# checks that __index__ makes instances usable as sequence indexes
class I:
    def __index__(self): return 1
print([10, 20][I()], hex(I()))
