"""The compiled forms are what `ui/compile_forms.py` makes of the `.ui` files now."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from ttdn_desktop.resources import resource_path


def load_compiler() -> ModuleType:
    path = resource_path("ui", "compile_forms.py")
    spec = importlib.util.spec_from_file_location("compile_forms", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("compile_forms", module)
    spec.loader.exec_module(module)
    return module


def test_every_form_is_compiled_and_fresh() -> None:
    compiler = load_compiler()
    assert compiler.form_sources(), "no .ui forms found"
    stale = compiler.stale_forms()
    assert stale == [], f"run: python ui/compile_forms.py  (stale: {', '.join(stale)})"
