"""Lead scoring: the condition language, the lead tester, the best attainable score and its warnings."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from slaworkshop.model.scoring import (
    Axis,
    ConditionError,
    Criterion,
    Op,
    ScoringModel,
    WarningKind,
    analyse_scoring,
    check_condition,
    parse_condition,
    score_lead,
)

FIT, INTEREST = Axis.FIT, Axis.INTEREST


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("CEO", "= CEO"),
        ("  =   CEO ", "= CEO"),
        ("is CEO", "= CEO"),
        ("equals Head of Sales", "= Head of Sales"),
        ("!= student", "!= student"),
        ("≠ student", "!= student"),
        ("is not student", "!= student"),
        ("CONTAINS manager", "contains manager"),
        ("~ manager", "contains manager"),
        ("one of IT, Finance; HR", "one of IT, Finance, HR"),
        ('in "Smith, Ltd", Acme', 'one of "Smith, Ltd", Acme'),
        (">= 50", ">= 50"),
        ("≥ 2,5", ">= 2.5"),
        ("at least 50", ">= 50"),
        ("≤ 500", "<= 500"),
        ("at most 500", "<= 500"),
        ("> -3", "> -3"),
        ("more than 10", "> 10"),
        ("less than 10", "< 10"),
        ("between 10 and 200", "between 10 and 200"),
        ("10..200", "between 10 and 200"),
        ("between 1 000 and 5000", "between 1000 and 5000"),
        ("is set", "is set"),
        ("IS EMPTY", "is empty"),
        ('= "not applicable"', '= "not applicable"'),
        ("__import__('os').system('rm -rf /')", "= __import__('os').system('rm -rf /')"),
        ("'s-Hertogenbosch", '= "\'s-Hertogenbosch"'),  # an apostrophe, not an unclosed quote
        ("one of 's-Hertogenbosch, Utrecht", 'one of "\'s-Hertogenbosch", Utrecht'),
    ],
)
def test_conditions_a_facilitator_types(typed: str, canonical: str) -> None:
    condition = parse_condition(typed)
    assert condition.describe() == canonical
    assert parse_condition(condition.describe()) == condition  # the canonical form reads back the same


@pytest.mark.parametrize(
    ("typed", "hint"),
    [
        ("", "Write a condition"),
        ("   ", "Write a condition"),
        (">=", "a value is expected"),
        (">= fifty", "a number is expected"),
        (">= 1.000,5", "no thousands separators"),
        ("between 10", "between 10 and 200"),
        ("between 200 and 10", "the smaller number comes first"),
        ("between ten and 20", "a number is expected"),
        ("one of , ;", "list the values"),
        ('= "unclosed', "quote is not closed"),
        ('one of "a, b', "quote is not closed"),
        ("x" * 5000, "at most 2,000 characters"),
    ],
)
def test_parse_errors_say_what_was_expected(typed: str, hint: str) -> None:
    with pytest.raises(ConditionError, match=hint):
        parse_condition(typed)
    assert hint in (check_condition(typed) or "")


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from([Op.EQUALS, Op.NOT_EQUALS, Op.CONTAINS, Op.ONE_OF]),
    st.lists(
        st.text(alphabet="ab ,;\"'“”«»=<>~.0is set", min_size=1, max_size=12).map(
            lambda t: " ".join(t.split())
        ),
        min_size=1,
        max_size=3,
    ),
)
def test_the_canonical_form_of_any_text_condition_reads_back_the_same(op: Op, texts: list[str]) -> None:
    texts = [t for t in texts if t]
    if op is not Op.ONE_OF:
        texts = texts[:1]
    # A value holding every closing quote mark cannot be quoted (there is no escape character).
    assume(texts and not any(all(q in t for q in "\"'”»") for t in texts))
    condition = parse_condition(f"{op.value} placeholder")
    condition = type(condition)(op, tuple(texts))
    assert parse_condition(condition.describe()) == condition


def test_check_condition_accepts_valid_text() -> None:
    assert check_condition("one of IT, Finance") is None


@pytest.mark.parametrize(
    ("condition", "value", "fires"),
    [
        ("= CEO", "ceo", True),
        ("= CEO", " CEO ", True),
        ("= CEO", "CFO", False),
        ("= 50", "50.0", True),
        ("= 50", "50,0", True),
        ("!= student", "Student", False),
        ("!= student", "Manager", True),
        ("!= student", None, False),
        ("contains manager", "Marketing Manager", True),
        ("contains manager", "Director", False),
        ("one of IT, Finance", "finance", True),
        ("one of IT, Finance", "HR", False),
        (">= 50", "50", True),
        (">= 50", 49, False),
        (">= 50", D("50.5"), True),
        (">= 50", "many", False),
        (">= 50", "", False),
        ("> 50", "50", False),
        ("< 50", "49,9", True),
        ("<= 50", "50", True),
        ("between 10 and 200", "10", True),
        ("between 10 and 200", "200", True),
        ("between 10 and 200", "201", False),
        ("is set", "anything", True),
        ("is set", "  ", False),
        ("is empty", None, True),
        ("is empty", "x", False),
    ],
)
def test_conditions_fire_on_lead_values(condition: str, value: object, fires: bool) -> None:
    assert parse_condition(condition).matches(value) is fires


def sample_model(threshold: object = 60) -> ScoringModel:
    return ScoringModel(
        [
            Criterion("Job title", "one of CEO, CFO", 20, FIT),
            Criterion("Job title", "= CEO", 5, FIT),
            Criterion("job title", "contains student", -30, FIT),
            Criterion("Employees", "between 50 and 500", 15, FIT),
            Criterion("Employees", ">= 200", 5, FIT),
            Criterion("Employees", "< 10", -10, FIT),
            Criterion("Demo request", "is set", 40, INTEREST),
            Criterion("Pages visited", ">= 5", 10, INTEREST),
        ],
        threshold,
    )


def test_lead_tester_worked_by_hand() -> None:
    # CEO: 20 + 5; 250 employees: 15 + 5; demo requested: 40 → fit 45, interest 40, total 85 ≥ 60 → MQL.
    score = score_lead(sample_model(), {"Job Title": "ceo", "employees": "250", "Demo request": "yes"})
    assert (score.fit, score.interest, score.total, score.is_mql) == (D(45), D(40), D(85), True)
    assert [f.index for f in score.fired] == [0, 1, 3, 4, 6]
    assert score.fired[-1].axis is INTEREST and score.fired[-1].criterion.attribute == "Demo request"


def test_negative_points_and_a_lead_below_the_threshold() -> None:
    # A student at a 5-person company who read 7 pages: −30 − 10 + 10 = −30 → not an MQL.
    score = score_lead(sample_model(), {"Job title": "Student", "Employees": 5, "Pages visited": "7"})
    assert (score.fit, score.interest, score.total, score.is_mql) == (D(-40), D(10), D(-30), False)


def test_best_attainable_treats_one_attribute_as_one_value() -> None:
    # Job title: CEO gives 25 (not 20 + 5 + "CFO"'s 20); employees 200–500 gives 20; interest 40 + 10.
    analysis = analyse_scoring(sample_model())
    assert (analysis.max_fit, analysis.max_interest, analysis.max_total) == (D(45), D(50), D(95))
    assert analysis.warnings == ()


def test_mutually_exclusive_equals_are_not_added_up() -> None:
    model = ScoringModel(
        [Criterion("Industry", "= Banking", 20), Criterion("Industry", "= Insurance", 15)], 30
    )
    analysis = analyse_scoring(model)
    assert analysis.max_total == D(20)
    assert [w.kind for w in analysis.warnings] == [WarningKind.UNREACHABLE]
    assert "best possible score is 20" in analysis.warnings[0].message


def test_several_contains_can_fire_together() -> None:
    model = ScoringModel(
        [
            Criterion("Title", "contains sales", 10),
            Criterion("Title", "contains manager", 10),
            Criterion("Title", "contains intern", -50),
        ],
        20,
    )
    assert analyse_scoring(model).max_total == D(20)  # "Sales Manager" fires both


def test_overlapping_and_strict_number_ranges() -> None:
    model = ScoringModel(
        [
            Criterion("Budget", "> 100", 10),
            Criterion("Budget", "< 101", 10),  # only 100 < x < 101 fires both
            Criterion("Budget", "between 0 and 100", -5),
        ],
        0,
    )
    assert analyse_scoring(model).max_total == D(20)


def test_warnings_fit_alone_interest_alone_and_empty_lead() -> None:
    fit_alone = analyse_scoring(sample_model(threshold=40))
    assert {w.kind for w in fit_alone.warnings} == {WarningKind.FIT_ALONE, WarningKind.INTEREST_ALONE}
    only_interest = analyse_scoring(sample_model(threshold=50))
    assert [w.kind for w in only_interest.warnings] == [WarningKind.INTEREST_ALONE]
    empty = analyse_scoring(sample_model(threshold=0))
    assert [w.kind for w in empty.warnings] == [WarningKind.EMPTY_LEAD_QUALIFIES]
    unreachable = analyse_scoring(sample_model(threshold=96))
    assert [w.kind for w in unreachable.warnings] == [WarningKind.UNREACHABLE]


def test_bad_criteria_are_reported_and_the_rest_still_scores() -> None:
    model = ScoringModel(
        [
            Criterion("Job title", "= CEO", 20),
            Criterion("Employees", ">= lots", 10),
            Criterion("", "= x", 10),
            Criterion("Region", "= EU", "ten"),
            Criterion("Region", "= EU", 5, "enthusiasm"),
            Criterion("Region", None, 5),  # type: ignore[arg-type]
        ],
        "",
    )
    score = score_lead(model, {"Job title": "CEO", "Employees": "500", "Region": "EU"})
    assert score.total == D(20)
    assert score.is_mql is None  # no threshold yet
    fields = [(p.field, p.index) for p in score.problems]
    assert fields == [
        ("criteria.condition", 1),
        ("criteria.attribute", 2),
        ("criteria.points", 3),
        ("criteria.axis", 4),
        ("criteria.condition", 5),
        ("threshold", None),
    ]
    assert "Criterion 2" in score.problems[0].message and "a number is expected" in score.problems[0].message
    assert analyse_scoring(model).max_total == D(20)


def test_yes_no_is_not_a_number_of_points_even_after_a_one() -> None:
    assert score_lead(ScoringModel([Criterion("A", "is set", 1)], 1), {"A": "x"}).total == D(1)
    flagged = score_lead(ScoringModel([Criterion("A", "is set", True)], 1), {"A": "x"})  # type: ignore[arg-type]
    assert [p.field for p in flagged.problems] == ["criteria.points"] and flagged.total == D(0)


def test_a_model_or_lead_of_the_wrong_shape_is_reported_not_raised() -> None:
    lone = ScoringModel(Criterion("A", "is set", 5), 1)  # type: ignore[arg-type]
    assert score_lead(lone, {"A": "x"}).total == D(5)
    broken = ScoringModel(42, 1)  # type: ignore[arg-type]
    assert [p.field for p in analyse_scoring(broken).problems] == ["criteria"]
    assert score_lead(sample_model(), None).total == D(0)  # type: ignore[arg-type]


def test_hostile_lead_values_do_not_break_the_tester() -> None:
    lead = {"Job title": "x" * 100_000, "Employees": "1e999999", "": "ignored", "Pages visited": "\x00\x07"}
    score = score_lead(sample_model(), lead)
    assert score.total == D(0) and score.is_mql is False


# --- properties -------------------------------------------------------------------------------------

attributes = st.sampled_from(["Title", "Industry", "Employees", "Pages", "Demo"])
words = st.sampled_from(["CEO", "CFO", "manager", "student", "IT", "Banking", "10", "50", "250"])
numbers = st.integers(min_value=-5, max_value=600)


@st.composite
def conditions(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["=", "!=", "one of", ">=", "<=", ">", "<", "between", "is set", "is empty"]))
    if kind in ("is set", "is empty"):
        return kind
    if kind in ("=", "!="):
        return f"{kind} {draw(words)}"
    if kind == "one of":
        return "one of " + ", ".join(draw(st.lists(words, min_size=1, max_size=3)))
    if kind == "between":
        a, b = sorted((draw(numbers), draw(numbers)))
        return f"between {a} and {b}"
    return f"{kind} {draw(numbers)}"


criteria = st.builds(
    Criterion,
    attributes,
    conditions(),
    st.integers(min_value=-50, max_value=50),
    st.sampled_from([FIT, INTEREST]),
)
lead_values = st.one_of(st.none(), words, numbers.map(str), st.just("something else"))
leads = st.dictionaries(attributes, lead_values, max_size=5)


@settings(max_examples=300, deadline=None)
@given(st.lists(criteria, max_size=25), st.integers(min_value=-100, max_value=200), leads)
def test_scores_are_additive_and_never_exceed_the_best_attainable(
    model_criteria: list[Criterion], threshold: int, lead: dict[str, str | None]
) -> None:
    model = ScoringModel(model_criteria, threshold)
    score = score_lead(model, lead)
    analysis = analyse_scoring(model)
    assert score.problems == () and analysis.problems == ()
    assert score.total == score.fit + score.interest == sum((f.points for f in score.fired), D(0))
    assert score.is_mql == (score.total >= threshold)
    assert score.total <= analysis.max_total
    assert score.fit <= analysis.max_fit and score.interest <= analysis.max_interest
    # Each attribute adds its own part: scoring two halves of a lead separately adds up to the whole.
    keys = sorted(lead)
    first = {k: lead[k] for k in keys[::2]}
    second = {k: lead[k] for k in keys[1::2]}
    empty = score_lead(model, {}).total
    assert score_lead(model, first).total + score_lead(model, second).total == score.total + empty


@settings(max_examples=200, deadline=None)
@given(st.lists(criteria, min_size=1, max_size=12))
def test_the_best_attainable_score_is_attained_by_some_lead(model_criteria: list[Criterion]) -> None:
    # Brute force over every lead built from the values the criteria name (plus one of each kind of
    # number around them): the search per attribute must find exactly that best total.
    analysis = analyse_scoring(ScoringModel(model_criteria, 0))
    pools: dict[str, list[str | None]] = {}
    for c in model_criteria:
        pool = pools.setdefault(c.attribute, [None, "something else"])
        parsed = parse_condition(c.condition)
        pool.extend(parsed.texts)
        for bound in (parsed.low, parsed.high):
            if bound is not None:
                pool.extend(str(bound + delta) for delta in (-1, D("-0.5"), 0, D("0.5"), 1))
    best = None
    for attribute, pool in pools.items():
        per_value = [score_lead(ScoringModel(model_criteria, 0), {attribute: v}).total for v in pool]
        empty = score_lead(ScoringModel(model_criteria, 0), {}).total
        gain = max(per_value) - empty
        best = gain if best is None else best + gain
    assert best is not None
    assert analysis.max_total == best + score_lead(ScoringModel(model_criteria, 0), {}).total


def test_operators_are_a_closed_list() -> None:
    assert {op.value for op in Op} >= {"=", "!=", "contains", "one of", ">=", "<=", "between"}
