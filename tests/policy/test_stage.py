"""Reasons filled from the call's signals."""

from __future__ import annotations

from bastion.policy.stage import fill_reason


def test_a_reason_names_the_output_and_argument_a_signal_carries() -> None:
    reason = "a value came from elsewhere: {provenance_evidence}; lean {lean}"
    signals = {"provenance_evidence": "argument 'iban' came from the output of read_inbox (call c1)", "lean": 80}
    assert fill_reason(reason, signals) == (
        "a value came from elsewhere: argument 'iban' came from the output of read_inbox (call c1); lean 80"
    )


def test_a_list_signal_is_joined_and_a_missing_one_says_so() -> None:
    assert fill_reason("{untrusted_arguments} / {risk}", {"untrusted_arguments": ["iban", "to"]}) == (
        "iban, to / (not measured)"
    )


def test_a_reason_without_placeholders_is_unchanged() -> None:
    assert fill_reason("the tool only reads (readOnlyHint)", {}) == "the tool only reads (readOnlyHint)"
