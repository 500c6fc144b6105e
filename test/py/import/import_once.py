print("first import")
import mod_side_effects
print("second import")
import mod_side_effects as again
from mod_side_effects import record
print(again is mod_side_effects, record(1), record(2), mod_side_effects.state)
def later():
    import mod_side_effects
    return mod_side_effects.state
print(later())
