visible = 1
_underscored = 2
