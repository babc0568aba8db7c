"""Progress: check-ins rated by both sides, charts and the table behind them."""
