class AppError(Exception):
    """Base for the app."""
class NotFound(AppError):
    def __init__(self, what, code=404):
        super().__init__(f"{what} not found")
        self.what = what
        self.code = code
class Invalid(AppError):
    def __str__(self):
        return "invalid: " + ", ".join(map(str, self.args))
for exc in [NotFound("page"), Invalid("a", 1), AppError(), AppError("x", "y")]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, repr(str(e)), e.args, getattr(e, "code", None))
print(repr(NotFound("item")), repr(AppError("one")), repr(AppError()))
print(AppError.__doc__, NotFound.__mro__[1].__name__)
e = ValueError("v")
e.extra = "attached"
print(e.extra, str(e), repr(e), e.args)
