# TestResult: what a run of tests found, and the text of each error or failure
# (its traceback without unittest's own frames).

import io
import sys
import traceback

from . import util


def _is_framework_frame(tb):
    return tb.tb_frame.f_code.co_filename.startswith("<genpy stdlib>/unittest/")


class TestResult:
    _previousTestClass = None
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.collectedDurations = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1

    def startTestRun(self):
        pass

    def stopTest(self, test):
        pass

    def stopTestRun(self):
        pass

    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        if self.failfast:
            self.stop()

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        if self.failfast:
            self.stop()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], test.failureException):
                self.failures.append((subtest, self._exc_info_to_string(err, test)))
            else:
                self.errors.append((subtest, self._exc_info_to_string(err, test)))
            if self.failfast:
                self.stop()

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return (len(self.failures) == len(self.errors) == 0
                and not self.unexpectedSuccesses)

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        exctype, value, tb = err
        while tb is not None and _is_framework_frame(tb):
            tb = tb.tb_next
        limit = None
        if exctype is test.failureException:
            # An assertion's own frames inside unittest are left out too.
            limit, link = 0, tb
            while link is not None and not _is_framework_frame(link):
                limit += 1
                link = link.tb_next
        lines = traceback.format_exception(exctype, value, tb, limit=limit)
        return "".join(lines)

    def __repr__(self):
        return (f"<{util.strclass(self.__class__)} run={self.testsRun} "
                f"errors={len(self.errors)} failures={len(self.failures)}>")
