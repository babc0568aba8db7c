"""The page-1 reader the journal guard relies on, against FIPS-197 and a real vault."""

from __future__ import annotations

from pathlib import Path

from rmdesk.store.engine import PAGE_SIZE, read_salt
from rmdesk.store.kdf import derive_key, passphrase_bytes
from rmdesk.store.page_one import decrypt_block, read_page_one
from tests.store.children import FAST, PASSPHRASE, make_vault, open_fast


def test_aes256_decrypts_the_fips197_example() -> None:
    key = bytes(range(32))
    ciphertext = bytes.fromhex("8ea2b7ca516745bfeafc49904b496089")
    assert decrypt_block(key, ciphertext).hex() == "00112233445566778899aabbccddeeff"


def test_a_vaults_page_one_reads_with_its_key_only(tmp_path: Path) -> None:
    path = tmp_path / "vault.rmdesk"
    make_vault(path, rows=20)
    key = bytes(derive_key(passphrase_bytes(PASSPHRASE), read_salt(path), FAST))
    header = read_page_one(path.read_bytes()[:PAGE_SIZE], key)
    assert header is not None
    assert header.page_count == path.stat().st_size // PAGE_SIZE
    assert read_page_one(path.read_bytes()[:PAGE_SIZE], bytes(32)) is None

    with open_fast(path) as vault:  # every write transaction changes the counter
        vault.db.execute("CREATE TABLE more(x)")
    after = read_page_one(path.read_bytes()[:PAGE_SIZE], key)
    assert after is not None
    assert after.change_counter != header.change_counter
