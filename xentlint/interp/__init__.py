"""The dataflow engine, framework-free: an abstract interpreter over libcst (interpreter.py),
what the framework extractors see of it (api.py), and the values it follows (values.py)."""
