def f(path):
    try:
        with open(path) as fh:
            return fh.read()
    except OSError as e:
        print(e)
    finally:
        done()
