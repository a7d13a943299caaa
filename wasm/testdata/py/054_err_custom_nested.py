# Uncaught custom exception raised three frames deep, with a custom __init__ and message
class ValidationError(Exception):
    def __init__(self, field, reason):
        super().__init__(f"{field}: {reason}")
        self.field = field
def check_age(age):
    if age < 0:
        raise ValidationError("age", "must be non-negative")
    return age
def validate(record):
    return check_age(record["age"])
def load(records):
    for r in records:
        print("valid", r["name"], validate(r))
try:
    validate({"age": -5})
except ValidationError as e:
    print("caught:", e, "| field:", e.field, "| args:", e.args)
    print("repr:", repr(e), "| is Exception:", isinstance(e, Exception))
print([c.__name__ for c in ValidationError.__mro__])
load([{"name": "a", "age": 3}, {"name": "b", "age": -1}])
print("not reached")
