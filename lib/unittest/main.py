# unittest.main: load the tests of a module (or the names given on the command
# line), run them with the text runner and exit with 0 when they all passed.

import argparse
import sys

from . import loader, runner


class TestProgram:
    def __init__(self, module="__main__", defaultTest=None, argv=None, testRunner=None,
                 testLoader=loader.defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split(".")[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = "python -m unittest" if self.module is None else argv[0].rsplit("/", 1)[-1]
        self.parseArgs(argv)
        self.runTests()

    def parseArgs(self, argv):
        parser = argparse.ArgumentParser(prog=self.progName)
        parser.add_argument("-v", "--verbose", dest="verbosity", action="store_const", const=2)
        parser.add_argument("-q", "--quiet", dest="verbosity", action="store_const", const=0)
        parser.add_argument("-f", "--failfast", dest="failfast", action="store_true")
        parser.add_argument("-b", "--buffer", dest="buffer", action="store_true")
        parser.add_argument("-k", dest="testNamePatterns", action="append")
        parser.add_argument("tests", nargs="*")
        args = parser.parse_args(argv[1:])
        if args.verbosity is not None:
            self.verbosity = args.verbosity
        if self.failfast is None:
            self.failfast = args.failfast
        self.testNames = args.tests or None
        if self.testNames is None and self.defaultTest is not None:
            self.testNames = [self.defaultTest] if isinstance(self.defaultTest, str) else list(self.defaultTest)
        self.createTests()

    def createTests(self):
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        test_runner = self.testRunner or runner.TextTestRunner
        if isinstance(test_runner, type):
            test_runner = test_runner(verbosity=self.verbosity, failfast=self.failfast,
                                      buffer=bool(self.buffer), warnings=self.warnings)
        self.result = test_runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
