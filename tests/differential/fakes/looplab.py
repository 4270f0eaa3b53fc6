"""Looplab's `looplab` module on CPython: `from looplab import world` gives the exercise variant's
parameters, as a dict decoded from the JSON that oracle.py's --world received (empty without it).
"""

#: The variant's parameters; oracle.py sets it before the program runs.
world = {}
