"""The Vault menu's rooms: backup, restore, passphrase change, check, export, import,
automatic backups and their preferences. Every slow step runs off the UI thread."""
