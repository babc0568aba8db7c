"""rmdesk: a private, offline desk for reverse mentoring."""

__version__ = "0.1.0"
APP_ID = "io.github.rmdesk.Rmdesk"
APP_NAME = "rmdesk"
