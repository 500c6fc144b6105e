for i in range(5):
    print("iteration", i)
    if i == 3:
        raise RuntimeError(f"failed at {i}")
