from mod_math2 import double
value = double(21)
_private = "hidden"
