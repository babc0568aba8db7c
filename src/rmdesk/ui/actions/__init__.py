"""Actions: the applied-learning ledger, acknowledgements and the recognition letter."""
