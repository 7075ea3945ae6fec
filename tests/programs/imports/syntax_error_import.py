# A SyntaxError in an imported file: the traceback names that file and line.
print("importing")
import broken
