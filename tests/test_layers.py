"""The house's layers (docs/design.md): no module imports from a layer above its own.

Walks every module under app/ with ``ast``, so an import hidden inside a
function counts too. A new top-level module must be given its layer here.
"""

from __future__ import annotations

import ast
from pathlib import Path

from helpers import ROOT

# lowest first; a module may import its own layer and those below
LAYERS = {
    "resources_path": 0, "data_folder": 0,
    "domain": 1,
    "store": 2,
    "packages": 3, "accounts": 3,
    "maintenance": 4, "discovery": 4, "audit": 4,
    "services": 5,
    "import_worker": 6, "web": 6,
    "simulator": 7,
    "ui": 8,
    "cli": 9,
    "__main__": 10, "__init__": 10,
}
APP = ROOT / "app"


def layer_of(module: str) -> int:
    part = module.split(".")[1] if "." in module else "__init__"
    assert part in LAYERS, f"app.{part} has no layer: add it to LAYERS in tests/test_layers.py"
    return LAYERS[part]


def imports_of(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
    return [name for name in found if name == "app" or name.startswith("app.")]


def test_no_module_imports_from_a_layer_above_it():
    upward = []
    for path in sorted(APP.rglob("*.py")):
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        mine = layer_of(module)
        for imported in imports_of(path):
            if imported != "app" and layer_of(imported) > mine:
                upward.append(f"{module} imports {imported}")
    assert upward == []


def test_nothing_below_the_console_imports_qt():
    qt = []
    for path in sorted(APP.rglob("*.py")):
        if path.is_relative_to(APP / "ui"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import) else
                     [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            qt += [f"{path.relative_to(ROOT)}: {n}" for n in names if n.startswith("PySide6")]
    assert qt == []


def test_the_check_sees_an_upward_import(tmp_path):
    """The walk itself works: a store module importing the web layer is caught."""
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from app.web.runner import ServerRunner\n")
    assert [m for m in imports_of(bad) if layer_of(m) > LAYERS["store"]] == ["app.web.runner"]


# -- the one road of a console write (docs/design.md) ---------------------------------


def services_writers() -> set[str]:
    """The Services methods that change the store: those that open a write transaction,
    and those that call one of them."""
    tree = ast.parse((APP / "services.py").read_text(encoding="utf-8"))
    (services,) = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Services"]
    methods = {f.name: f for f in services.body if isinstance(f, ast.FunctionDef)}

    def calls(function: ast.FunctionDef) -> set[str]:
        return {n.func.attr for n in ast.walk(function)
                if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)}
    writers = {name for name, f in methods.items() if "write" in calls(f)}
    while True:
        more = {name for name, f in methods.items() if calls(f) & writers} - writers
        if not more:
            return writers - {"__init__", "copy_to"}
        writers |= more


def writes_on_the_gui_thread(path: Path, writers: set[str]) -> list[str]:
    """Calls of a store-changing service method made straight from a method body, not
    from a function (a lambda or an inner def) handed to the write road."""
    found, where = [], path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name

    def visit(node: ast.AST, depth: int) -> None:
        for child in ast.iter_child_nodes(node):
            inner = depth + isinstance(child, (ast.Lambda, ast.FunctionDef))
            if (isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute)
                    and child.func.attr in writers and depth <= 1
                    and "services" in ast.unparse(child.func.value)):
                found.append(f"{where}:{child.lineno}: "
                             f"{ast.unparse(child.func)}")
            visit(child, inner if not isinstance(child, ast.ClassDef) else 0)
    visit(ast.parse(path.read_text(encoding="utf-8")), 0)
    return found


def test_every_console_write_takes_the_write_road():
    writers = services_writers()
    assert {"apply", "set_settings", "add_user", "remove_test_devices",
            "set_server_address", "import_lync"} <= writers, "the scan finds the writers"
    # the demo fills its throwaway store before any window exists
    found = [w for path in sorted((APP / "ui").rglob("*.py")) if path.name != "demo.py"
             for w in writes_on_the_gui_thread(path, writers)]
    assert not found, "write through UiContext.write, off the GUI thread:\n" + "\n".join(found)


def test_the_road_check_sees_a_write_on_the_gui_thread(tmp_path):
    (tmp_path / "widget.py").write_text(
        "class Tab:\n"
        "    def save(self):\n"
        "        self.ctx.services.set_settings({})\n"
        "        self.ctx.write(self, lambda _task: self.ctx.services.set_settings({}), print)\n")
    found = writes_on_the_gui_thread(tmp_path / "widget.py", {"set_settings"})
    assert [f.split(": ")[-1] for f in found] == ["self.ctx.services.set_settings"]
    assert ":3:" in found[0]


def test_sql_runs_only_in_the_store():
    """STYLE.md: no SQL outside app/store; a call of execute() elsewhere is a query
    that went astray (the device view's transaction moved in for this reason)."""
    found = [f"{path.relative_to(ROOT)}:{node.lineno}"
             for path in sorted(APP.rglob("*.py")) if "store" not in path.relative_to(APP).parts
             for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
             and node.func.attr in ("execute", "executemany", "executescript")]
    assert not found, "SQL outside app/store:\n" + "\n".join(found)
