"""export-package, import-package, import-receipt, exports and stats --by town, as a script runs them."""

from __future__ import annotations

import json
import re
import sqlite3

from .conftest import run_cli


def _town(tmp_path, name: str | None = None):
    path = tmp_path / f"{name or 'qs'}.sqlite"
    result = run_cli("demo-db", str(path), "--cases", "200", "--seed", "5")
    assert result.returncode == 0, result.stderr
    if name:
        con = sqlite3.connect(path)
        con.execute("UPDATE setting SET value = ? WHERE key = 'town_name'", (name,))
        con.commit()
        con.close()
    return path


def test_town_to_county_and_back(tmp_path):
    secret = tmp_path / "passphrase.txt"
    secret.write_text("县乡约定口令 2026 春季\n", encoding="utf-8")
    qs, sq = _town(tmp_path), _town(tmp_path, "石桥镇")
    stick = tmp_path / "stick"

    result = run_cli(
        "export-package", "--db", str(qs), "--out", str(stick), "--passphrase-file", str(secret)
    )
    assert result.returncode == 0, result.stderr
    package = result.stdout.strip().splitlines()[-1]  # the path is the last line
    assert package.endswith(".rvpkg") and package.startswith(str(stick))
    assert "青山镇-2026年千案回访活动-" in package
    # issue 14: "export-package prints the counts on stderr and goes on (the package's
    # path stays the last line of stdout)"
    assert "未分配" in result.stderr or "unassigned" in result.stderr
    warned = result.stderr
    result = run_cli("export-package", "--db", str(sq), "--out", str(stick), "--no-encryption")
    assert result.returncode == 0, result.stderr
    plain = result.stdout.strip().splitlines()[-1]

    county = tmp_path / "county.sqlite"
    broken = tmp_path / "broken.rvpkg"
    broken.write_bytes(open(package, "rb").read()[:-10])
    result = run_cli(
        "import-package",
        "--db",
        str(county),
        "--create",
        package,
        plain,
        str(broken),
        "--passphrase-file",
        str(secret),
        "--allow-unencrypted",
        "--json",
    )
    assert result.returncode == 2, result.stderr  # one was refused
    items = json.loads(result.stdout)
    assert [(i["town"], i["status"]) for i in items] == [
        ("青山镇", "merged"),
        ("石桥镇", "merged"),
        (None, "refused"),
    ]
    assert set(items[0]) >= {"package", "town", "status", "reason", "targets", "visit_records"}
    assert items[0]["targets"] > 0 and items[0]["visit_records"] > 0
    assert "incomplete" in items[2]["reason"]
    # issue 14: "The package records what was still open, and the county sees it when
    # it merges": the counts the export warned about, with their case numbers
    still_open = items[0]["open_at_export"]
    assert set(still_open) == {"as_of", "unassigned", "unvisited", "draft_only", "overdue"}
    line = next(x for x in warned.splitlines() if "尚未完成" in x or "Still open" in x)
    warned_numbers = [int(n) for n in re.findall(r"\d+", line)]
    kinds = ("unassigned", "unvisited", "draft_only", "overdue")
    counts = [still_open[k]["count"] for k in kinds]
    assert counts == warned_numbers[:4] and any(counts)
    assert all(len(still_open[k]["case_nos"]) == still_open[k]["count"] for k in kinds)
    assert items[1]["open_at_export"] is not None and items[2]["open_at_export"] is None

    result = run_cli("import-package", "--db", str(county), package, "--passphrase-file",
                     str(secret), "--json")  # fmt: skip
    assert result.returncode == 0
    assert json.loads(result.stdout)[0]["status"] == "unchanged"

    result = run_cli("stats", "--db", str(county), "--by", "town", "--json")
    assert result.returncode == 0, result.stderr
    stats = json.loads(result.stdout)
    rows = {r["key"]: r for r in stats["rows"]}
    assert set(rows) == {"青山镇", "石桥镇"}
    assert rows["青山镇"]["targets"] == items[0]["targets"]
    assert stats["total"]["targets"] == items[0]["targets"] + items[1]["targets"]

    # the town records the county's receipt; its export shows as received
    receipt = package[: -len(".rvpkg")] + ".rvreceipt"
    result = run_cli("import-receipt", "--db", str(qs), receipt, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["status"] == "received"
    result = run_cli("exports", "--db", str(qs), "--json")
    (export,) = json.loads(result.stdout)
    assert export["received_at"] and export["encrypted"] and export["file"] in package
    # a receipt for another town's package is refused
    other = plain[: -len(".rvpkg")] + ".rvreceipt"
    result = run_cli("--lang", "en", "import-receipt", "--db", str(qs), other)
    assert result.returncode == 2
    assert "did not export" in result.stdout


def test_encryption_needs_a_passphrase_or_an_explicit_choice(tmp_path):
    qs = _town(tmp_path)
    stick = tmp_path / "stick"
    result = run_cli("--lang", "en", "export-package", "--db", str(qs), "--out", str(stick))
    assert result.returncode == 2
    assert "--passphrase-file" in result.stderr
    short = tmp_path / "short.txt"
    short.write_text("1234", encoding="utf-8")
    result = run_cli("--lang", "en", "export-package", "--db", str(qs), "--out", str(stick),
                     "--passphrase-file", str(short))  # fmt: skip
    assert result.returncode == 2
    assert "at least 12 characters" in result.stderr
    assert not stick.exists() or not list(stick.iterdir())
