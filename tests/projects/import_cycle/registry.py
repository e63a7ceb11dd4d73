"""Models register themselves here; the registry imports them back to fill itself."""
MODELS = {}


def register(name):
    def decorator(builder):
        MODELS[name] = builder
        return builder
    return decorator


from nets import build_mlp  # noqa: E402 - the cycle: nets imports register from here
