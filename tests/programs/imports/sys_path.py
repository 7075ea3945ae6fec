# sys.path is a list programs change: its first entry is the script's directory, then
# PYTHONPATH; an inserted directory is searched, a removed one is not.
import sys

HERE = __file__.rsplit("/", 1)[0]
print(sys.path[0] == HERE, sys.path[1] == HERE + "/sys_path")
print(type(sys.path).__name__, type(sys.modules).__name__)
try:
    import far_away
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
sys.path.insert(0, HERE + "/sys_path/extra")
import far_away

print(far_away.WHERE)
sys.path.remove(HERE + "/sys_path/extra")
del sys.modules["far_away"]
try:
    import far_away
except ModuleNotFoundError as e:
    print("gone again:", e)
saved = sys.path
sys.path = [HERE + "/sys_path/extra"]
import far_away

print("rebinding sys.path works:", far_away.WHERE)
sys.path = saved
import local_one

print(local_one.VALUE)
