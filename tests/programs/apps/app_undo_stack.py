# checks that genpy runs this program (app_undo_stack, from the second differential-testing corpus) exactly as CPython 3.11 does
class Editor:
    def __init__(self):
        self.text = ""; self.undo_stack = []; self.redo_stack = []
    def do(self, op, *args):
        prev = self.text
        if op == "insert":
            pos, s = args; self.text = self.text[:pos] + s + self.text[pos:]
        elif op == "delete":
            pos, n = args; self.text = self.text[:pos] + self.text[pos + n:]
        elif op == "upper":
            self.text = self.text.upper()
        self.undo_stack.append(prev); self.redo_stack.clear()
    def undo(self):
        if self.undo_stack:
            self.redo_stack.append(self.text); self.text = self.undo_stack.pop()
    def redo(self):
        if self.redo_stack:
            self.undo_stack.append(self.text); self.text = self.redo_stack.pop()
e = Editor()
e.do("insert", 0, "hello"); e.do("insert", 5, " world"); e.do("delete", 0, 1); e.do("insert", 0, "J")
print(repr(e.text))
e.undo(); e.undo(); print(repr(e.text))
e.redo(); print(repr(e.text))
e.do("upper"); e.redo(); print(repr(e.text), len(e.undo_stack), len(e.redo_stack))
while e.undo_stack: e.undo()
print(repr(e.text))
