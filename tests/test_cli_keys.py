"""Town keys on the command line: make, register, install, export, merge, undo, revoke."""

from __future__ import annotations

import json
import re
import sqlite3

from .conftest import run_cli


def _town(tmp_path, name: str):
    path = tmp_path / f"{name}.sqlite"
    result = run_cli("demo-db", str(path), "--cases", "80", "--seed", "7")
    assert result.returncode == 0, result.stderr
    con = sqlite3.connect(path)
    con.execute("UPDATE setting SET value = ? WHERE key = 'town_name'", (name,))
    con.commit()
    con.close()
    return path


def _ok(*args):
    result = run_cli(*args)
    assert result.returncode == 0, result.stderr + result.stdout
    return result


def test_keys_from_making_to_revoking(tmp_path):
    qs = _town(tmp_path, "青山镇")
    county = tmp_path / "county.sqlite"
    stick = tmp_path / "stick"
    _ok("init", "--db", str(county), "--town", "县信访局", "--office", "县千案回访活动办公室",
        "--level", "county")  # fmt: skip

    # the town makes its key pair; the county writes its public key
    made = _ok("--lang", "en", "office", "--db", str(qs), "--make-keys",
               "--out", str(tmp_path / "qs.rvkey"))  # fmt: skip
    town_fp = re.search(r"Fingerprint \(compare it by phone\): ([0-9a-f ]{39})", made.stdout)[1]
    county_pub = json.loads(_ok("town-key", "county-public", "--db", str(county),
                                "--out", str(tmp_path / "county.rvkey"), "--json").stdout)  # fmt: skip
    # both sides compare fingerprints; the county registers, the town installs
    reg = json.loads(_ok("town-key", "register", "--db", str(county), "--town", "青山镇",
                         str(tmp_path / "qs.rvkey"), "--json").stdout)  # fmt: skip
    assert reg["fingerprint"] == town_fp and reg["registered"] is True
    inst = json.loads(_ok("office", "--db", str(qs), "--install-county-key",
                          str(tmp_path / "county.rvkey"), "--json").stdout)  # fmt: skip
    assert inst["county_fingerprint"] == county_pub["fingerprint"]

    # no passphrase any more: signed, encrypted to the county; the path is the last line
    first = _ok("export-package", "--db", str(qs), "--out", str(stick)).stdout.splitlines()[-1]
    assert first.endswith(".rvpkg")
    items = json.loads(_ok("import-package", "--db", str(county), first, "--json").stdout)
    assert items[0]["status"] == "merged" and items[0]["protection"] == "town_key"
    assert items[0]["key_fingerprint"] == town_fp and items[0]["sequence"] == 1
    exports = json.loads(_ok("exports", "--db", str(qs), "--json").stdout)
    assert exports[0]["protection"] == "town_key" and exports[0]["sequence"] == 1

    # a second package, then undo it: the first one's data holds again
    second = _ok("export-package", "--db", str(qs), "--out", str(stick)).stdout.splitlines()[-1]
    assert json.loads(_ok("import-package", "--db", str(county), second,
                          "--json").stdout)[0]["status"] == "merged"  # fmt: skip
    undone = json.loads(_ok("import-package", "--db", str(county), "--undo-last", "青山镇",
                            "--json").stdout)  # fmt: skip
    assert undone["undone"] in second
    result = run_cli("--lang", "en", "import-package", "--db", str(county), "--undo-last", "青山镇")
    assert result.returncode == 2 and "no merge of 青山镇 to undo" in result.stderr

    # an unencrypted package is refused without --allow-unencrypted
    hk = _town(tmp_path, "河口镇")
    plain = _ok("export-package", "--db", str(hk), "--out", str(stick),
                "--no-encryption").stdout.splitlines()[-1]  # fmt: skip
    result = run_cli("--lang", "en", "import-package", "--db", str(county), plain, "--json")
    assert result.returncode == 2
    assert json.loads(result.stdout)[0]["reason"].count("not encrypted") == 1
    items = json.loads(_ok("import-package", "--db", str(county), plain,
                           "--allow-unencrypted", "--json").stdout)  # fmt: skip
    assert items[0]["protection"] == "unencrypted"

    # revoked: the town's packages are refused from now on
    _ok("town-key", "revoke", "--db", str(county), "--town", "青山镇")
    third = _ok("export-package", "--db", str(qs), "--out", str(stick)).stdout.splitlines()[-1]
    result = run_cli("--lang", "en", "import-package", "--db", str(county), third, "--json")
    assert result.returncode == 2 and "revoked" in json.loads(result.stdout)[0]["reason"]
    listed = json.loads(_ok("town-key", "list", "--db", str(county), "--json").stdout)
    assert [(k["town"], bool(k["revoked_at"])) for k in listed] == [("青山镇", True)]


def test_a_bad_key_file_is_a_clear_message(tmp_path):
    county = tmp_path / "county.sqlite"
    bad = tmp_path / "bad.rvkey"
    bad.write_text("not a key", encoding="utf-8")
    _ok("init", "--db", str(county), "--town", "县信访局", "--office", "县千案回访活动办公室",
        "--level", "county")  # fmt: skip
    result = run_cli("--lang", "en", "town-key", "register", "--db", str(county),
                     "--town", "青山镇", str(bad))  # fmt: skip
    assert result.returncode == 2 and "not a key file of this program" in result.stderr
    assert "Traceback" not in result.stderr
