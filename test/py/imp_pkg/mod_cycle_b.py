import mod_cycle_a
seen_a = hasattr(mod_cycle_a, "value_a"), hasattr(mod_cycle_a, "seen_b_partial")
value_b = "B"
