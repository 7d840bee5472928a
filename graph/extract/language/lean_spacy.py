"""spaCy imported without its command line, which no build uses.

spaCy's own __init__ imports `spacy.cli.info` for the function `spacy.info`, and with it the package spacy.cli:
the module of every spaCy command and what they use (typer, weasel, httpx, jinja2, ...). That is a third of what
importing spaCy costs, 0.3-0.4 s of CPU at the start of every build and of every process that parses. While spaCy's
__init__ runs, a stand-in answers for those two modules; then both are taken away, so that `import spacy.cli`
afterwards loads the real package, and `spacy.info` loads it when called. Anything else asked of a stand-in also
loads the real package: a spaCy that needs more of its command line at import gets it, only not faster.

    install()   before spaCy is first imported (graph.extract does it); a no-op once spaCy is in
"""
from __future__ import annotations

import importlib
import importlib.util
import os
import sys
import types
from importlib.abc import MetaPathFinder

__all__ = ["install"]

_CLI, _INFO = "spacy.cli", "spacy.cli.info"


def install() -> None:
    if "spacy" not in sys.modules and not any(isinstance(f, _SpacyFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _SpacyFinder())


class _SpacyFinder(MetaPathFinder):
    """Steps in once, for the import of spaCy itself: finds it as the other finders do and wraps the run of
    its __init__."""

    def find_spec(self, name, path=None, target=None):
        if name != "spacy":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        if spec is None or spec.origin is None or not hasattr(spec.loader, "exec_module") or _CLI in sys.modules:
            return spec
        run = spec.loader.exec_module

        def exec_module(module):
            stand_ins = _stand_ins(os.path.join(os.path.dirname(spec.origin), "cli"))
            sys.modules.update(stand_ins)
            try:
                run(module)
            finally:
                for key, stand_in in stand_ins.items():
                    if sys.modules.get(key) is stand_in:
                        del sys.modules[key]
            if "__getattr__" not in vars(module):  # `import spacy; spacy.cli.download(...)` still works
                module.__getattr__ = _command_line

        spec.loader.exec_module = exec_module
        return spec


def _command_line(attr: str):
    """spaCy's module attribute `cli`, loaded when first asked for (then bound, so asked once)."""
    if attr == "cli":
        return importlib.import_module(_CLI)
    raise AttributeError(f"module 'spacy' has no attribute {attr!r}")


def _stand_ins(folder: str) -> dict[str, types.ModuleType]:
    cli, info = types.ModuleType(_CLI), types.ModuleType(_INFO)
    cli.__path__ = [folder]  # a submodule asked for by name is the real one

    def spacy_info(*args, **kwargs):
        """spaCy's `info`, from its command line, loaded now."""
        return _real(_INFO).info(*args, **kwargs)

    info.info = spacy_info

    def real_attribute(key: str):
        def __getattr__(attr: str):
            if attr.startswith("__"):  # the import system asking what a module is: a stand-in has no more
                raise AttributeError(attr)
            return getattr(_real(key), attr)
        return __getattr__

    for stand_in, key in ((cli, _CLI), (info, _INFO)):
        stand_in.__getattr__, stand_in.__stand_in__ = real_attribute(key), True
    return {_CLI: cli, _INFO: info}


def _real(key: str) -> types.ModuleType:
    """The real module: the stand-ins taken away first, so the import system loads it."""
    for name in (_INFO, _CLI):
        found = sys.modules.get(name)
        if found is not None and vars(found).get("__stand_in__"):
            del sys.modules[name]
    return importlib.import_module(key)
