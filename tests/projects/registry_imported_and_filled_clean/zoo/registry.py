"""Where the project's models are registered by name."""
ARCHITECTURES = {}
