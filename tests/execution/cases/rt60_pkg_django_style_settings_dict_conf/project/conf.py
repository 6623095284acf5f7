"""Stand-in for django.conf.settings: attribute access to project.settings."""
import importlib


class LazySettings:
    def __getattr__(self, name):
        module = importlib.import_module("project.settings")
        return getattr(module, name)


settings = LazySettings()
