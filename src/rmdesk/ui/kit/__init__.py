"""The small shared kit every room may use: the view context, the error presenter, form and date
helpers, the plain-export flow, the table-model base, icons, background calls, small widgets.
Nothing here imports a section or the shell."""
