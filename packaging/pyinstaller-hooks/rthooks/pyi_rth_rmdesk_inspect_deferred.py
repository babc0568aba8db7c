"""Takes the place of PyInstaller's stock ``pyi_rth_inspect.py``, which imports inspect and
zipfile and reads base_library.zip at every start. pyi_rth_rmdesk_lazy.py applies the same
patch to inspect.getsourcefile when inspect is first imported instead."""
