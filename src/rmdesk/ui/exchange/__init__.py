"""Two people, two vaults: sharing a pack, opening one, settling differences, and merging
another copy of one's own vault (the engine is store/sync/, the calls services/exchange.py)."""
