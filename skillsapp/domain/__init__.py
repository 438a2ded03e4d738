"""Plain rules and values of the school world, with no I/O: periods, names, scoring, attendance."""
