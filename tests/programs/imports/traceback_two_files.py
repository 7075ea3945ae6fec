# An exception raised in an imported module's function, uncaught: the traceback goes
# through both files, and the final line names the exception class with its module.
import shapes_calc


def main():
    print(shapes_calc.ratio(4, 2))
    print(shapes_calc.ratio(1, 0))


main()
