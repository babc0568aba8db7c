"""What the app and the command line both do with a whole vault: back up, restore, check,
change the passphrase, export, import. Qt-free; long operations report progress through a
plain ``(done, total)`` callback, so ``rmdesk vault …`` and the Vault menu run the same code.
"""
