value_a = "A"
import mod_cycle_b
seen_b_partial = mod_cycle_b.seen_a
