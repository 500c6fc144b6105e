print("mod_side_effects: executing, __name__ =", __name__)
state = []
def record(x):
    state.append(x)
    return len(state)
