def run(exc):
    log = []
    try:
        log.append("try")
        if exc:
            raise exc
        log.append("no raise")
    except ValueError:
        log.append("ValueError")
    except (TypeError, KeyError) as e:
        log.append("Type/Key " + type(e).__name__)
    except Exception as e:
        log.append("Exception " + type(e).__name__)
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run(None))
print(run(ValueError))
print(run(KeyError("k")))
print(run(TypeError()))
print(run(RuntimeError("r")))
