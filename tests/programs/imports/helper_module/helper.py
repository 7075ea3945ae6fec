"""A helper module with a docstring."""

print("helper runs as", __name__)

COUNT = 3


def greet(who):
    return "hello " + who


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


main_guard_ran = False
if __name__ == "__main__":
    main_guard_ran = True
    print("never printed when imported")
