pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError),
         (IndexError, LookupError), (ModuleNotFoundError, ImportError), (FileNotFoundError, OSError),
         (UnboundLocalError, NameError), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
         (UnicodeDecodeError, ValueError), (StopIteration, Exception), (KeyboardInterrupt, Exception),
         (SystemExit, BaseException), (GeneratorExit, Exception), (Exception, BaseException),
         (TimeoutError, OSError), (IsADirectoryError, OSError), (BrokenPipeError, ConnectionError)]
for sub, base in pairs:
    print(f"{sub.__name__:<22} {base.__name__:<14} {issubclass(sub, base)}")
print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in UnicodeDecodeError.__mro__])
print(IOError is OSError, EnvironmentError is OSError)
