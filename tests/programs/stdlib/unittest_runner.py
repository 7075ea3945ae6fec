import unittest
class T(unittest.TestCase):
    @classmethod
    def setUpClass(cls): print("setUpClass")
    def setUp(self): self.x = [1, 2]
    def tearDown(self): print("tearDown", self._testMethodName)
    def test_ok(self): self.assertEqual(self.x, [1, 2]); print("in test_ok")
    def test_fail(self): self.assertEqual(self.x, [1, 3])
    def test_err(self): {}["k"]
    def test_raises(self):
        with self.assertRaises(KeyError) as cm:
            {}["k"]
        self.assertEqual(cm.exception.args, ("k",))
    @unittest.skip("not now")
    def test_skip(self): pass
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)
    def test_str(self): self.assertEqual("hello world\nline2", "hello there\nline2")
    def test_true(self): self.assertTrue(0, "zero is falsy")
    def test_in(self): self.assertIn(3, [1, 2])
    @unittest.expectedFailure
    def test_xfail(self): self.assertEqual(1, 2)
    def test_dict(self): self.assertDictEqual({"a": 1}, {"a": 2})
    def test_almost(self): self.assertAlmostEqual(1.0, 1.1)
import io, re, sys
def run(verbosity, *names):
    stream = io.StringIO()
    loader = unittest.TestLoader()
    suite = loader.loadTestsFromNames(names, sys.modules[__name__]) if names else loader.loadTestsFromTestCase(T)
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    print(re.sub(r"in \d+\.\d+s", "in N.NNNs", stream.getvalue()))
    print(result, result.wasSuccessful(), len(result.failures), len(result.errors), len(result.skipped))
run(1)
run(2, "T.test_ok", "T.test_sub", "T.test_skip", "T.test_xfail")
class Passing(unittest.TestCase):
    def test_a(self):
        """First line of the doc.

        More."""
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertRaisesRegex(ValueError, "inv.lid", int, "invalid")
        self.assertIsInstance(1, int)
        self.assertSetEqual({1}, {1})
        self.assertGreaterEqual(2, 2)
    def test_b(self):
        for bad in [lambda: self.assertCountEqual([1, 1], [1]), lambda: self.assertSetEqual({1, 2}, {2, 3}),
                    lambda: self.assertEqual((1, 2), (1, 2, 3)), lambda: self.assertIsNone(0),
                    lambda: self.assertRaises(KeyError, lambda: None), lambda: self.assertNotEqual(1, 1, "custom"),
                    lambda: self.assertEqual("a" * 100, "a" * 99 + "b"), lambda: self.assertRegex("abc", "x+")]:
            try:
                bad()
            except AssertionError as e:
                print(str(e))
main = unittest.main(argv=["prog", "-v", "Passing"], exit=False, testRunner=unittest.TextTestRunner(stream=io.StringIO()))
print(main.result.wasSuccessful(), main.result.testsRun)
