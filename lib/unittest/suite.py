# TestSuite: an ordered collection of tests, run with each test class's
# setUpClass/tearDownClass and each module's setUpModule/tearDownModule around its
# tests.

import sys

from . import case
from .util import strclass


class _ErrorHolder:
    # Stands for a failed class or module fixture in the result's error list.
    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __str__(self):
        return self.description

    def countTestCases(self):
        return 0


class BaseTestSuite:
    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return f"<{strclass(self.__class__)} tests={list(self)}>"

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return self._removed_tests + sum(t.countTestCases() for t in self)

    def addTest(self, test):
        if not callable(test):
            raise TypeError(f"{test!r} is not callable")
        if isinstance(test, type) and issubclass(test, (case.TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for test in self:
            if result.shouldStop:
                break
            test(result)
        return result

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


class TestSuite(BaseTestSuite):
    def run(self, result, debug=False):
        top_level = not getattr(result, "_testRunEntered", False)
        if top_level:
            result._testRunEntered = True
        for test in self:
            if result.shouldStop:
                break
            if _is_test_case(test):
                self._tearDownPreviousClass(test, result)
                self._handleModuleFixture(test, result)
                self._handleClassSetUp(test, result)
                result._previousTestClass = test.__class__
                if (getattr(test.__class__, "_classSetupFailed", False)
                        or getattr(result, "_moduleSetUpFailed", False)):
                    continue
            test(result)
        if top_level:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def _fixture_error(self, result, description, exc_info):
        if isinstance(exc_info[1], case.SkipTest):
            result.addSkip(_ErrorHolder(description), str(exc_info[1]))
        else:
            result.addError(_ErrorHolder(description), exc_info)

    def _handleClassSetUp(self, test, result):
        previous = getattr(result, "_previousTestClass", None)
        current = test.__class__
        if current == previous or getattr(result, "_moduleSetUpFailed", False):
            return
        if getattr(current, "__unittest_skip__", False):
            return
        current._classSetupFailed = False
        try:
            current.setUpClass()
        except Exception:
            current._classSetupFailed = True
            self._fixture_error(result, f"setUpClass ({strclass(current)})", sys.exc_info())
            current.doClassCleanups()

    def _handleModuleFixture(self, test, result):
        previous = getattr(result, "_previousTestClass", None)
        previous_module = previous.__module__ if previous is not None else None
        current_module = test.__class__.__module__
        if current_module == previous_module:
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(current_module)
        setup = getattr(module, "setUpModule", None)
        if setup is not None:
            try:
                setup()
            except Exception:
                result._moduleSetUpFailed = True
                self._fixture_error(result, f"setUpModule ({current_module})", sys.exc_info())
                case.doModuleCleanups()

    def _handleModuleTearDown(self, result):
        previous = getattr(result, "_previousTestClass", None)
        if previous is None or getattr(result, "_moduleSetUpFailed", False):
            return
        module = sys.modules.get(previous.__module__)
        teardown = getattr(module, "tearDownModule", None)
        if teardown is not None:
            try:
                teardown()
            except Exception:
                self._fixture_error(result, f"tearDownModule ({previous.__module__})", sys.exc_info())
        case.doModuleCleanups()

    def _tearDownPreviousClass(self, test, result):
        previous = getattr(result, "_previousTestClass", None)
        current = test.__class__ if test is not None else None
        if current == previous or previous is None:
            return
        if getattr(previous, "_classSetupFailed", False) or getattr(result, "_moduleSetUpFailed", False):
            return
        if getattr(previous, "__unittest_skip__", False):
            return
        try:
            previous.tearDownClass()
        except Exception:
            self._fixture_error(result, f"tearDownClass ({strclass(previous)})", sys.exc_info())
        previous.doClassCleanups()


def _is_test_case(test):
    return isinstance(test, case.TestCase)
