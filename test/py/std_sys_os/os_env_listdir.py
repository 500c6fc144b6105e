import os
os.environ["TSPY_TEST_VAR"] = "value"
print(os.environ["TSPY_TEST_VAR"], os.environ.get("TSPY_UNSET_VAR_X", "default"), os.getenv("TSPY_TEST_VAR"))
print(os.environ.get("PYTHONHASHSEED"), "TSPY_TEST_VAR" in os.environ)
del os.environ["TSPY_TEST_VAR"]
print(os.getenv("TSPY_TEST_VAR"))
entries = sorted(os.listdir("."))
print("os_env_listdir.py" in entries, all(isinstance(e, str) for e in entries))
print(type(os.getpid()).__name__, os.name)
