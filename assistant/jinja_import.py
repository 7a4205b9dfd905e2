"""Import Jinja without its template compiler until a template has to be compiled.

Every template the app renders normally comes compiled from the bytecode cache
(template_cache.py), yet `jinja2.environment` imports the lexer, the parser and the code
generator (with `idtracking`, `optimizer` and `visitor`) at its top: about 1 MB of a window's
start-up memory (issue 17, row 6b) for code a start with a warm cache never runs. Here `jinja2`
is imported against stand-in `jinja2.lexer`, `jinja2.parser` and `jinja2.compiler` whose few
names `jinja2.environment` takes load the real modules at their first use (compiling a template:
an empty cache, a changed template, `Environment.from_string`); they then put the real names back
in `jinja2.environment`, so from there on Jinja runs exactly as it ships. The stand-ins are
removed from `sys.modules` at once, so any other import of those modules gets the real ones. If
anything about this does not hold (another Jinja), Jinja is imported as usual.
"""

from __future__ import annotations

import importlib
import sys
import types

# The names jinja2.environment takes from each deferred module (Jinja 3.1).
_TAKEN = {
    "jinja2.compiler": ("CodeGenerator", "generate"),
    "jinja2.lexer": ("get_lexer", "Lexer", "TokenStream"),
    "jinja2.parser": ("Parser",),
}


def load_compiler() -> None:
    """Import Jinja's real lexer, parser and compiler and give `jinja2.environment` their names
    back (in place of the stand-ins). Safe to call more than once, from any thread."""
    environment = sys.modules["jinja2.environment"]
    for module_name, names in _TAKEN.items():
        module = importlib.import_module(module_name)
        for name in names:
            if getattr(getattr(environment, name, None), "_stand_in", False):
                setattr(environment, name, getattr(module, name))
    cls = environment.Environment
    if getattr(cls.__dict__.get("code_generator_class"), "_stand_in", False):
        cls.code_generator_class = sys.modules["jinja2.compiler"].CodeGenerator


def _stand_in(module_name: str, name: str):
    """A callable that loads the real modules and calls the real `name` (a class is called to
    make an instance: the real class's, so Jinja's own isinstance checks hold)."""

    def call(*args, **kwargs):
        load_compiler()
        return getattr(sys.modules[module_name], name)(*args, **kwargs)

    call._stand_in = True
    call.__name__ = call.__qualname__ = name
    return call


def import_jinja() -> types.ModuleType:
    if "jinja2" in sys.modules or any(name in sys.modules for name in _TAKEN):
        return importlib.import_module("jinja2")
    stand_ins = {}
    for module_name, names in _TAKEN.items():
        module = types.ModuleType(module_name)
        for name in names:
            setattr(module, name, _stand_in(module_name, name))
        stand_ins[module_name] = module
    sys.modules.update(stand_ins)
    try:
        jinja2 = importlib.import_module("jinja2")
    except Exception:
        jinja2 = None
    finally:
        for module_name, module in stand_ins.items():
            if sys.modules.get(module_name) is module:
                del sys.modules[module_name]
            package = sys.modules.get("jinja2")
            attribute = module_name.rpartition(".")[2]
            if package is not None and getattr(package, attribute, None) is module:
                delattr(package, attribute)
    if jinja2 is None:  # another Jinja: forget the half-made import and import it as usual
        for name in [m for m in sys.modules if m == "jinja2" or m.startswith("jinja2.")]:
            del sys.modules[name]
        return importlib.import_module("jinja2")
    return jinja2


jinja2 = import_jinja()

__all__ = ["import_jinja", "jinja2", "load_compiler"]
