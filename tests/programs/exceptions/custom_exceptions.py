# checks custom exception classes with extra attributes, hierarchy and str/repr
class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


class MissingField(ValidationError):
    pass


def validate(record):
    for field in ["name", "age"]:
        if field not in record:
            raise MissingField(field, "is required")
    if record["age"] < 0:
        raise ValidationError("age", "must be non-negative")


for rec in [{"name": "x", "age": 3}, {"name": "y"}, {"name": "z", "age": -1}]:
    try:
        validate(rec)
        print("valid", rec)
    except MissingField as e:
        print("missing:", e, "| field =", e.field)
    except ValidationError as e:
        print("invalid:", e, "| args =", e.args)


class Plain(Exception):
    pass


print(repr(Plain("a", 1)), str(Plain()), str(Plain("only")))
print(isinstance(MissingField("f", "m"), Exception))
