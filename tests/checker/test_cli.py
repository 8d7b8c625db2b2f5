"""`policybot check` and `policybot rules`: output, exit codes, the JSON Lines batch path."""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.commands import check as check_cmd
from bot.commands import rules as rules_cmd

ROOT = Path(__file__).resolve().parents[2]


def _run(module, argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command")
    module.register(sub)
    args = parser.parse_args(argv)
    return int(args.func(args))


def test_check_text_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(check_cmd, ["check", "Lovely team lunch"]) == 0
    assert "verdict: OK" in capsys.readouterr().out
    assert _run(check_cmd, ["check", "I work at Acme and Globex is a joke"]) == 0  # warn
    assert _run(check_cmd, ["check", "Use code SAVE10 for 10% off"]) == 1        # needs approval
    out = capsys.readouterr().out
    assert "promotions" in out and "fix:" in out
    assert _run(check_cmd, ["check", "--json", "card 4111 1111 1111 1111"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["verdict"] == "block" and data["findings"][0]["rule"] == "general.pii.payment_card"


def test_check_bad_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(check_cmd, ["check", "   "]) == 2
    assert _run(check_cmd, ["check"]) == 2
    assert _run(check_cmd, ["check", "--sector", "space", "hi"]) == 2
    assert _run(check_cmd, ["check", "x" * 4001]) == 2


def test_check_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("my ssn is 512-44-7781"))
    assert _run(check_cmd, ["check", "--json", "-"]) == 1
    assert json.loads(capsys.readouterr().out)["findings"][0]["category"] == "pii"


def test_jsonl_in_order_with_errors(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [json.dumps({"id": "a", "text": "hello"}), "not json", "",
             json.dumps({"id": "b", "text": "guaranteed returns of 10%"}), json.dumps({"text": ""})]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines) + "\n"))
    assert _run(check_cmd, ["check", "--jsonl"]) == 2
    out = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [o.get("id") for o in out] == ["a", None, "b", None]
    assert out[0]["verdict"] == "ok" and out[2]["verdict"] == "block"
    assert out[1]["line"] == 2 and "error" in out[1] and out[3]["line"] == 5


def test_jsonl_unpaired_surrogate_is_a_bad_line_not_a_crash() -> None:
    """A hand-made JSON escape can put a lone surrogate in a str; that line gets an error, the batch goes on."""
    payload = '{"text": "hi \\ud800 call 415-555-0142"}\n{"text": "fine"}\n'
    proc = subprocess.run([sys.executable, "-m", "bot.commands.check", "--jsonl"], input=payload.encode(),
                          capture_output=True, cwd=ROOT, timeout=120)
    out = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert proc.returncode == 2, proc.stderr
    assert out[0]["line"] == 1 and "not valid text" in out[0]["error"]
    assert out[1]["verdict"] == "ok"

def test_jsonl_subprocess_fast_path() -> None:
    payload = "".join(json.dumps({"text": t}) + "\n" for t in ["fine", "call 415-555-0142", "fine again"])
    proc = subprocess.run([sys.executable, "-m", "bot.commands.check", "--jsonl"], input=payload.encode(),
                          capture_output=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 1, proc.stderr
    verdicts = [json.loads(x)["verdict"] for x in proc.stdout.decode().splitlines()]
    assert verdicts == ["ok", "block", "ok"]


def test_rules_validate_and_test(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert _run(rules_cmd, ["rules", "validate"]) == 0
    assert "ok:" in capsys.readouterr().out
    assert _run(rules_cmd, ["rules", "test"]) == 0
    assert "0 failed" in capsys.readouterr().out
    bad: dict[str, Any] = {"sector": "general", "sections": [{"id": "S", "title": "t", "text": "x"}],
           "rules": [{"id": "x.rule", "category": "pii", "title": "t", "action": "block", "section": "S",
                      "detect": {"phrases": ["zebra"]}, "message": "m", "fix": "f",
                      "examples": {"flag": ["a zebra"], "pass": ["zebra crossing"]}}]}
    (tmp_path / "r.yaml").write_text(yaml.safe_dump(bad), encoding="utf-8")
    assert _run(rules_cmd, ["rules", "test", str(tmp_path)]) == 1
    assert "MISS x.rule: flagged its pass example: 'zebra crossing'" in capsys.readouterr().out
    bad["rules"][0]["action"] = "nuke"
    (tmp_path / "r.yaml").write_text(yaml.safe_dump(bad), encoding="utf-8")
    assert _run(rules_cmd, ["rules", "validate", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "r.yaml" in err and "x.rule" in err and "action" in err


def test_jsonl_fast_serialiser_matches_json_dumps(checker: Any) -> None:
    """The batch path writes findings from per-rule JSON fragments; it must equal json.dumps exactly."""
    from policy_core.checker.results import result_json

    texts = ['Use code SAVE10 for 10% off', 'card 4111 1111 1111 1111 and "quotes" \\ back\\slash',
             "I'm a nurse at Acme: our stock will double 🚀 — call 415-555-0134", "Lovely team lunch",
             "ünïcode\u2028line sep, tab\there, 𝐟𝐫𝐞𝐞 $5 off, email jane.doe@gmail.com"]
    for text in texts:
        result = checker.check(text)
        assert result_json(result) == json.dumps(result.to_dict(), ensure_ascii=False)
