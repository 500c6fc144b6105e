__all__ = ["public_a", "helper"]
public_a = "A"
public_b = "B (not in __all__)"
_hidden = "hidden"
def helper():
    return "helper called"
