"""Weak passphrases are refused: short, common, repetitive or sequential."""

from __future__ import annotations

import pytest

from rv_desktop.domain.passphrase import MIN_LENGTH, estimate_bits, weakness


@pytest.mark.parametrize(
    "text, why",
    [
        ("12345678", "short"),
        ("password", "short"),
        ("aaaaaaaa", "short"),
        ("password1234", "common"),
        ("Password2026", "common"),
        ("woaini131452", "common"),
        ("aaaaaaaaaaaa", "guessable"),
        ("123456789012", "guessable"),
        ("abcabcabcabc", "guessable"),
        ("1qaz2wsx3edc", "guessable"),
        ("passwordpassword", "guessable"),
        ("2026202620262026", "guessable"),
        ("我爱你我爱你我爱你我爱你", "guessable"),
    ],
)
def test_weak_passphrases_are_refused(text, why):
    """Weak passphrases (`12345678`, `password`, `aaaaaaaa` are accepted; only length ≥ 8
    is checked; 0.33 s a guess): … require at least 12 characters and refuse common and
    repetitive ones with a strength estimator."""
    assert weakness(text) == why


@pytest.mark.parametrize(
    "text",
    ["县乡约定口令 2026 春季", "county and town 2026", "青山镇2026年回访口令", "Tr0ub4dor&3x!",
     "correct horse battery staple"],
)  # fmt: skip
def test_good_passphrases_pass(text):
    assert len(text) >= MIN_LENGTH and weakness(text) is None


def test_estimate_is_monotonic_in_added_randomness():
    assert estimate_bits("aaaaaaaaaaaa") < estimate_bits("aaaaaaaaaaaaQ7#k")
    assert estimate_bits("县乡约定口令") > estimate_bits("abcdef")


def test_package_writing_refuses_a_weak_passphrase(database, tmp_path):
    from rv_desktop.services.crypto import PackageError, check_passphrase

    with pytest.raises(PackageError) as info:
        check_passphrase("123456789012")
    assert info.value.code == "passphrase_weak"
    with pytest.raises(PackageError) as info:
        check_passphrase("short")
    assert info.value.code == "passphrase_short"
    check_passphrase("县乡约定口令 2026 春季")
