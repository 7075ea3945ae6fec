# checks that sys.exit(0) stops the program with status 0 and runs finally blocks on the way
import sys


def main():
    try:
        print("working")
        sys.exit(0)
        print("not reached")
    finally:
        print("finally runs during sys.exit")


try:
    main()
except SystemExit as e:
    print("SystemExit caught with code", e.code)
print("continuing after catching SystemExit")
sys.exit()
print("never printed")
