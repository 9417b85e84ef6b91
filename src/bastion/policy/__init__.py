"""Cedar policies: load, validate, compile, map a call to a request, evaluate."""
