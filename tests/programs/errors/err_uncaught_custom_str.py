# checks that genpy runs this program (err_uncaught_custom_str, from the second differential-testing corpus) exactly as CPython 3.11 does
class ValidationError(Exception):
    def __init__(self, field, msg):
        super().__init__(field, msg)
        self.field = field; self.msg = msg
    def __str__(self):
        return f"{self.field}: {self.msg}"
def check(d):
    for k, v in d.items():
        if v is None:
            raise ValidationError(k, "must not be None")
check({"a": 1, "b": None})
