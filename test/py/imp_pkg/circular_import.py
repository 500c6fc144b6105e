import mod_cycle_a
print(mod_cycle_a.value_a, mod_cycle_a.mod_cycle_b.value_b)
print(mod_cycle_a.seen_b_partial)
