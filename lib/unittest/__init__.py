# unittest, written from its documentation: test cases with assertion methods,
# suites, a loader, results, the text runner and main(). Tracebacks of failures
# leave out the framework's own frames, as CPython's do.

from .case import (TestCase, FunctionTestCase, SkipTest, skip, skipIf, skipUnless,
                   expectedFailure, addModuleCleanup, doModuleCleanups)
from .suite import TestSuite
from .loader import TestLoader, defaultTestLoader, getTestCaseNames, makeSuite, findTestCases
from .result import TestResult
from .runner import TextTestRunner, TextTestResult
from .main import TestProgram, main

__all__ = ["TestResult", "TestCase", "TestSuite", "TextTestRunner", "TestLoader",
           "FunctionTestCase", "main", "defaultTestLoader", "SkipTest", "skip", "skipIf",
           "skipUnless", "expectedFailure", "TextTestResult", "TestProgram",
           "getTestCaseNames", "makeSuite", "findTestCases", "addModuleCleanup",
           "doModuleCleanups"]
