class AppError(Exception):
    def __init__(self, code, text):
        super().__init__(code, text)
        self.code = code
print("raising")
raise AppError(404, "not found")
