class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
def validate(record):
    if "name" not in record:
        raise ValidationError("name", "is required")
validate({"name": "ok"})
print("first record valid")
validate({})
