"""The parts of the session page: one widget per step, and the undo commands they push."""
