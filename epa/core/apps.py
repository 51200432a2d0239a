from importlib import import_module

from django.apps import AppConfig, apps
from django.utils.module_loading import module_has_submodule

from epa.core import codes, errors, lookups, policy  # noqa: F401  (the core's own codes; __any)

# The modules of each ``epa`` app that define error codes (``epa.core.codes``).
CODE_MODULES = ("codes", "services")


class CoreConfig(AppConfig):
    name = "epa.core"
    label = "core"
    verbose_name = "Core"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        """Define every app's error codes before the schema is built or a request served."""
        for app in apps.get_app_configs():
            if app.name.startswith("epa."):
                for name in CODE_MODULES:
                    if module_has_submodule(app.module, name):
                        import_module(f"{app.name}.{name}")
        codes.mark_complete()
