"""PyInstaller run-time hooks for rmdesk, replacing the stock ``pyi_rth_pyside6.py`` and
``pyi_rth_inspect.py`` (PyInstaller 6.x, Apache-2.0; their logic is kept, adapted here).

The stock hooks run their work at every start: the PySide6 one imports PySide6.QtCore to
register an embedded qt.conf, which loads Qt and ICU; the inspect one imports inspect and
zipfile and reads base_library.zip. `rmdesk --version` and the headless vault commands use
neither (cli.py keeps them Qt-free, for SSH and cron), and paid ~3x the venv's start-up for
it. Here the environment set-up stays eager (it is cheap), and each heavy step runs right
after its module is first imported, i.e. only on the paths that use it.

Kept free of typing/importlib.util imports: this file runs before anything else.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from importlib.machinery import ModuleSpec
    from types import ModuleType


def _pyi_rthook() -> None:
    import os
    import sys

    # PyInstaller's own helpers, importable only inside a frozen program.
    from _pyi_rth_utils import (  # type: ignore[import-not-found]
        is_macos_app_bundle,
        prepend_path_to_environment_variable,
    )
    from _pyi_rth_utils import qt as qt_rth_utils

    class AfterFirstImport:
        """A meta-path finder that lets the other finders find and load ``name`` and calls
        ``callback(module)`` once the module has executed; it then leaves sys.meta_path."""

        def __init__(self, name: str, callback: Callable[[ModuleType], None]) -> None:
            self.name = name
            self.callback = callback

        def find_spec(
            self, name: str, path: object = None, target: object = None
        ) -> ModuleSpec | None:
            if name != self.name:
                return None
            sys.meta_path.remove(self)
            spec: ModuleSpec | None = None
            for finder in sys.meta_path:
                find = getattr(finder, "find_spec", None)
                spec = find(name, path, target) if find is not None else None
                if spec is not None:
                    break
            if spec is None:
                return None
            loader = spec.loader
            if loader is None:
                return spec
            original = loader.exec_module
            callback = self.callback

            def exec_module(module: ModuleType) -> None:
                del loader.exec_module  # back to the loader's own method for anything else
                original(module)
                callback(module)

            loader.exec_module = exec_module  # type: ignore[method-assign]
            return spec

    # --- PySide6: the stock hook's environment, then qt.conf after QtCore loads. ---
    qt_rth_utils.ensure_single_qt_bindings_package("PySide6")
    meipass: str = sys._MEIPASS  # type: ignore[attr-defined]
    if sys.platform.startswith("win"):
        qt_path = os.path.join(meipass, "PySide6")
    else:
        qt_path = os.path.join(meipass, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_path, "plugins")
    if is_macos_app_bundle:
        resources = os.path.normpath(
            os.path.join(meipass, "..", "Resources", os.path.relpath(qt_path, meipass))
        )
        os.environ["QML2_IMPORT_PATH"] = os.pathsep.join(
            [os.path.join(resources, "qml"), os.path.join(qt_path, "qml")]
        )
    else:
        os.environ["QML2_IMPORT_PATH"] = os.path.join(qt_path, "qml")
    if sys.platform.startswith("win"):
        prepend_path_to_environment_variable(meipass, "PATH")
    if sys.platform == "darwin" and not is_macos_app_bundle:
        prepend_path_to_environment_variable(meipass, "DYLD_LIBRARY_PATH")

    def register_qt_conf(_module: ModuleType) -> None:
        qt_rth_utils.create_embedded_qt_conf("PySide6", qt_path)

    # --- inspect: the stock hook's getsourcefile for frozen modules, once inspect loads. ---
    prefix = os.path.normpath(meipass)
    base_library = os.path.join(prefix, "base_library.zip")

    def patch_inspect(inspect: ModuleType) -> None:
        original_getsourcefile = inspect.getsourcefile
        in_base_library: set[str] = set()
        listed = False

        def getsourcefile(obj: object) -> str | None:
            nonlocal listed
            filename: str = os.path.normpath(inspect.getfile(obj))
            if not os.path.isabs(filename):
                main_file = getattr(sys.modules["__main__"], "__file__", None)
                if main_file and filename == os.path.basename(main_file):
                    return str(main_file)
                if not listed and os.path.isfile(base_library):
                    import zipfile

                    with zipfile.ZipFile(base_library) as archive:
                        in_base_library.update(os.path.normpath(n) for n in archive.namelist())
                listed = True
                if filename + "c" in in_base_library:
                    return os.path.normpath(os.path.join(base_library, filename + "c"))
                return os.path.normpath(os.path.join(prefix, filename))
            if filename.startswith(prefix):
                return filename
            result: str | None = original_getsourcefile(obj)
            return result

        inspect.getsourcefile = getsourcefile  # type: ignore[attr-defined]

    sys.meta_path.insert(0, AfterFirstImport("PySide6.QtCore", register_qt_conf))
    sys.meta_path.insert(0, AfterFirstImport("inspect", patch_inspect))


_pyi_rthook()
del _pyi_rthook
