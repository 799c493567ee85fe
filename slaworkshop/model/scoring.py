"""Lead scoring of step 4: criteria on two axes, a small condition language, and a lead tester.

Each :class:`Criterion` gives points (negative allowed) when one attribute of a lead meets a
condition. Criteria belong to the **fit** axis (is this the right person and company?) or the
**interest** axis (how far along the buyer's journey are they?). A lead whose total reaches the MQL
threshold is an MQL.

The condition language
----------------------
A facilitator types a condition; it is parsed, never evaluated as code. Keywords and text are
compared without regard to case; surrounding spaces do not matter.

=============================  ==============================================================
``CEO`` or ``= CEO``           equals (also ``is CEO``, ``equals CEO``); numbers compare as
                               numbers, so ``= 50`` matches "50.0"
``!= student``                 not equal (also ``is not student``, ``not student``, ``≠``)
``contains manager``           the text contains "manager" (also ``~ manager``)
``one of IT, Finance, HR``     equals one of a list separated by commas or semicolons
                               (also ``in IT; Finance``)
``>= 50``  ``<= 500``          number comparisons (also ``≥``, ``≤``, ``at least``, ``at most``)
``> 50``  ``< 500``            strict (also ``more than``, ``less than``)
``between 50 and 500``         inclusive range (also ``50..500``)
``is set`` / ``is empty``      the attribute is filled in / left empty
=============================  ==============================================================

Put a value in quotes to keep commas or a leading keyword: ``= "not applicable"``,
``one of "Smith, Ltd", Acme``. Numbers use a decimal point or comma and no thousands separators
(``1000``, ``2,5``). A number condition never fires for an empty or non-numeric value. Anything
else is a :class:`ConditionError` whose message says what was expected.

Maximum attainable score
------------------------
A lead has one value per attribute, so criteria on the same attribute can exclude each other
(a job title cannot equal both "CEO" and "CFO"), while criteria on different attributes add up.
The maximum is therefore computed per attribute and summed: for each attribute the best value is
searched among the values its criteria name, the numbers at, between and beyond their bounds, the
combination of all its "contains" texts, "not filled in", and "something else". Criteria that one
value can satisfy together (``≥ 50`` and ``between 10 and 200``) are counted together; criteria no
single value can satisfy together are not. The same search gives the best fit-only and
interest-only subtotals used by the warnings:

* the threshold **cannot be reached** (best total < threshold),
* it is **reached by fit alone** (best fit subtotal ≥ threshold: a perfect-fit lead with no
  interest at all becomes an MQL), or **by interest alone** (an eager student becomes an MQL),
* **a lead with no data qualifies** (the empty lead's score ≥ threshold).

Scores are additive: a lead's total is the sum of the points of the criteria that fired, and equals
fit subtotal + interest subtotal.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import lru_cache

from .enums import ScoringAxis
from .funnel import InputProblem, NumberInput, as_items, read_decimal
from .messages import message_of, msg

MAX_POINTS = Decimal(1_000_000)
MAX_CONDITION_LENGTH = 2000


Axis = ScoringAxis


class Op(StrEnum):
    EQUALS = "="
    NOT_EQUALS = "!="
    CONTAINS = "contains"
    ONE_OF = "one of"
    AT_LEAST = ">="
    AT_MOST = "<="
    GREATER = ">"
    LESS = "<"
    BETWEEN = "between"
    IS_SET = "is set"
    IS_EMPTY = "is empty"


NUMERIC_OPS = frozenset({Op.AT_LEAST, Op.AT_MOST, Op.GREATER, Op.LESS, Op.BETWEEN})

EXAMPLES = "= CEO, contains manager, one of IT, Finance, >= 50, between 10 and 200, is set"


class ConditionError(ValueError):
    """A condition that cannot be parsed; ``str(error)`` is the message for the facilitator."""


_NUMBER = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$")


def parse_number(text: str) -> Decimal | None:
    """A number as a facilitator types it ("50", "2,5", "-3", "1 000"), or ``None``.

    A single "." or "," is the decimal separator; more than one separator is refused rather than
    guessed, because "1.000" is a thousand in German and one in English.
    """
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "").replace("_", "")
    if not cleaned or len(cleaned) > 40 or cleaned.count(",") + cleaned.count(".") > 1:
        return None
    cleaned = cleaned.replace(",", ".")
    if not _NUMBER.match(cleaned):
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid numbers
        return None


def _format_number(number: Decimal) -> str:
    text = format(number.normalize(), "f")
    return text


@dataclass(frozen=True)
class Condition:
    """A parsed condition. ``texts`` are as typed; matching uses their case-folded form."""

    op: Op
    texts: tuple[str, ...] = ()
    low: Decimal | None = None
    high: Decimal | None = None

    folded: tuple[str, ...] = field(init=False, repr=False, compare=False)
    numbers: frozenset[Decimal] = field(init=False, repr=False, compare=False)
    matches_prepared: Callable[[str | None, Decimal | None], bool] = field(
        init=False, repr=False, compare=False
    )
    """``matches_prepared(folded, number)``: the test on a value prepared by :func:`prepare_value`."""

    def __post_init__(self) -> None:
        # The test is built once per parsed condition: the lead tester and the best-score search
        # run it thousands of times per edit.
        folded = tuple(t.casefold() for t in self.texts)
        numbers = frozenset(n for n in (parse_number(t) for t in self.texts) if n is not None)
        object.__setattr__(self, "folded", folded)
        object.__setattr__(self, "numbers", numbers)
        object.__setattr__(
            self, "matches_prepared", _predicate(self.op, folded, numbers, self.low, self.high)
        )

    def matches(self, value: object) -> bool:
        """Whether a lead's value (text, number or ``None``) meets this condition."""
        folded, number = prepare_value(value)
        return self.matches_prepared(folded, number)

    def describe(self) -> str:
        """The condition written in its canonical form, e.g. ``between 10 and 200``."""
        op = self.op
        if op in (Op.IS_SET, Op.IS_EMPTY):
            return op.value
        if op is Op.BETWEEN:
            return f"between {_format_number(self.low)} and {_format_number(self.high)}"  # type: ignore[arg-type]
        if op in (Op.AT_LEAST, Op.GREATER):
            return f"{op.value} {_format_number(self.low)}"  # type: ignore[arg-type]
        if op in (Op.AT_MOST, Op.LESS):
            return f"{op.value} {_format_number(self.high)}"  # type: ignore[arg-type]
        shown = ", ".join(_quote(t) for t in self.texts)
        return f"{op.value} {shown}"


def _predicate(
    op: Op, folded: tuple[str, ...], numbers: frozenset[Decimal], low: Decimal | None, high: Decimal | None
) -> Callable[[str | None, Decimal | None], bool]:
    """The test for one condition on a prepared value (case-folded text or ``None``, number or ``None``)."""
    texts = frozenset(folded)

    def equals(value: str | None, number: Decimal | None) -> bool:
        return value is not None and (value in texts or (number is not None and number in numbers))

    if op is Op.IS_SET:
        return lambda value, number: value is not None
    if op is Op.IS_EMPTY:
        return lambda value, number: value is None
    if op is Op.EQUALS or op is Op.ONE_OF:
        return equals
    if op is Op.NOT_EQUALS:
        return lambda value, number: value is not None and not equals(value, number)
    if op is Op.CONTAINS:
        part = folded[0]
        return lambda value, number: value is not None and part in value
    if op is Op.AT_LEAST:
        assert low is not None
        return lambda value, number: number is not None and number >= low
    if op is Op.GREATER:
        assert low is not None
        return lambda value, number: number is not None and number > low
    if op is Op.AT_MOST:
        assert high is not None
        return lambda value, number: number is not None and number <= high
    if op is Op.LESS:
        assert high is not None
        return lambda value, number: number is not None and number < high
    assert low is not None and high is not None
    return lambda value, number: number is not None and low <= number <= high


def _quote(text: str) -> str:
    """The value as it must be typed to read back the same (quoted when it holds a separator)."""
    if not (
        any(c in text for c in ",;")
        or text != text.strip()
        or text[:1] in _OPEN_QUOTES
        or _starts_with_keyword(text)
    ):
        return text
    # Inside quotes only the closing mark ends the value, so pick one the text does not contain.
    for opening, closing in (('"', '"'), ("'", "'"), ("“", "”"), ("«", "»")):
        if closing not in text:
            return opening + text + closing
    return '"' + text.replace('"', "'") + '"'


def prepare_value(value: object) -> tuple[str | None, Decimal | None]:
    """A lead's raw value as (case-folded text or ``None`` when empty, number or ``None``)."""
    if value is None or isinstance(value, bool):
        return None, None
    if isinstance(value, Decimal | int):
        text = str(value)
    elif isinstance(value, float):
        text = repr(value)
    elif isinstance(value, str):
        text = value.strip()
    else:
        text = str(value).strip()
    if not text:
        return None, None
    return text.casefold(), parse_number(text)


_SYMBOLS = {"≥": ">=", "≤": "<=", "≠": "!=", "＝": "=", "==": "=", "<>": "!="}
_SYMBOL_OPS: tuple[tuple[str, Op], ...] = (
    (">=", Op.AT_LEAST),
    ("<=", Op.AT_MOST),
    ("!=", Op.NOT_EQUALS),
    (">", Op.GREATER),
    ("<", Op.LESS),
    ("=", Op.EQUALS),
    ("~", Op.CONTAINS),
)
_WORD_OPS: tuple[tuple[str, Op], ...] = (
    ("is not", Op.NOT_EQUALS),
    ("not equals", Op.NOT_EQUALS),
    ("not", Op.NOT_EQUALS),
    ("equals", Op.EQUALS),
    ("is", Op.EQUALS),
    ("contains", Op.CONTAINS),
    ("one of", Op.ONE_OF),
    ("any of", Op.ONE_OF),
    ("in", Op.ONE_OF),
    ("at least", Op.AT_LEAST),
    ("at most", Op.AT_MOST),
    ("more than", Op.GREATER),
    ("less than", Op.LESS),
    ("between", Op.BETWEEN),
)
_WHOLE_WORDS = {
    "is set": Op.IS_SET,
    "is filled": Op.IS_SET,
    "is not empty": Op.IS_SET,
    "is empty": Op.IS_EMPTY,
    "is not set": Op.IS_EMPTY,
}
_OPEN_QUOTES = {'"': '"', "'": "'", "“": "”", "„": "“", "«": "»", "‘": "’"}
_RANGE = re.compile(r"^(.+?)\s*\.\.\s*(.+)$")
_BETWEEN = re.compile(r"^(.+?)\s+and\s+(.+)$", re.IGNORECASE)


def _starts_with_keyword(text: str) -> bool:
    low = text.casefold()
    return any(low == w or low.startswith(w + " ") for w, _ in _WORD_OPS) or low in _WHOLE_WORDS


def _unquote(item: str, whole: str) -> str:
    item = item.strip()
    if item and item[0] in _OPEN_QUOTES:
        close = _OPEN_QUOTES[item[0]]
        if len(item) < 2 or item[-1] not in (close, item[0]):
            if item[0] == "'":
                return item  # an apostrophe, as in 's-Hertogenbosch
            raise ConditionError(msg("“{condition}”: a quote is not closed.", condition=whole[:60]))
        item = item[1:-1]
    return item


def _split_list(rest: str, whole: str, apostrophe_quotes: bool = True) -> tuple[str, ...]:
    items: list[str] = []
    current: list[str] = []
    quote: str | None = None
    for char in rest:
        if quote is not None:
            current.append(char)
            if char == quote:
                quote = None
        elif char in _OPEN_QUOTES and not "".join(current).strip() and (apostrophe_quotes or char != "'"):
            quote = _OPEN_QUOTES[char]
            current.append(char)
        elif char in ",;":
            items.append("".join(current))
            current = []
        else:
            current.append(char)
    if quote == "'" and apostrophe_quotes:
        return _split_list(rest, whole, apostrophe_quotes=False)  # it was an apostrophe after all
    if quote is not None:
        raise ConditionError(msg("“{condition}”: a quote is not closed.", condition=whole[:60]))
    items.append("".join(current))
    values = tuple(_unquote(item, whole) for item in items)
    values = tuple(v for v in values if v.strip())
    if not values:
        raise ConditionError(
            msg(
                "“{condition}”: list the values, separated by commas, e.g. one of IT, Finance.",
                condition=whole[:60],
            )
        )
    return values


def _number(text: str, whole: str, after: str) -> Decimal:
    number = parse_number(_unquote(text, whole))
    if number is None:
        raise ConditionError(
            msg(
                "“{condition}”: after “{keyword}” a number is expected (no thousands separators), e.g. {keyword} 50.",
                condition=whole[:60],
                keyword=after,
            )
        )
    return number


@lru_cache(maxsize=16384)
def parse_condition(text: str) -> Condition:
    """Parse a condition typed by the facilitator, or raise :class:`ConditionError`."""
    if not isinstance(text, str):
        raise ConditionError(msg("Write a condition, e.g. {examples}.", examples=EXAMPLES))
    if len(text) > MAX_CONDITION_LENGTH:
        raise ConditionError(
            msg("A condition can be at most {limit:,} characters long.", limit=MAX_CONDITION_LENGTH)
        )
    whole = " ".join(text.split())
    if not whole:
        raise ConditionError(msg("Write a condition, e.g. {examples}.", examples=EXAMPLES))
    low = whole.casefold()
    if low in _WHOLE_WORDS:
        return Condition(_WHOLE_WORDS[low])
    normalised = whole
    for symbol, replacement in _SYMBOLS.items():
        if normalised.startswith(symbol):
            normalised = replacement + normalised[len(symbol) :]
            break
    op: Op | None = None
    rest = ""
    keyword = ""
    for symbol, symbol_op in _SYMBOL_OPS:
        if normalised.startswith(symbol):
            op, rest, keyword = symbol_op, normalised[len(symbol) :].strip(), symbol
            break
    if op is None:
        low = normalised.casefold()
        for word, word_op in _WORD_OPS:
            if low.startswith(word + " ") or low == word:
                op, rest, keyword = word_op, normalised[len(word) :].strip(), word
                break
    if op is None:
        match = _RANGE.match(normalised)
        if match and parse_number(match.group(1)) is not None and parse_number(match.group(2)) is not None:
            return _between(match.group(1), match.group(2), whole)
        return Condition(Op.EQUALS, (_single(normalised, whole, "="),))
    if not rest:
        raise ConditionError(
            msg(
                "“{condition}”: after “{keyword}” a value is expected. Examples: {examples}.",
                condition=whole[:60],
                keyword=keyword,
                examples=EXAMPLES,
            )
        )
    if op is Op.BETWEEN:
        match = _BETWEEN.match(rest) or _RANGE.match(rest)
        if not match:
            raise ConditionError(
                msg("“{condition}”: write the range as between 10 and 200.", condition=whole[:60])
            )
        return _between(match.group(1), match.group(2), whole)
    if op in (Op.AT_LEAST, Op.GREATER):
        return Condition(op, low=_number(rest, whole, keyword))
    if op in (Op.AT_MOST, Op.LESS):
        return Condition(op, high=_number(rest, whole, keyword))
    if op is Op.ONE_OF:
        return Condition(op, _split_list(rest, whole))
    return Condition(op, (_single(rest, whole, keyword),))


def _single(rest: str, whole: str, keyword: str) -> str:
    value = _unquote(rest, whole)
    if not value.strip():
        raise ConditionError(
            msg(
                "“{condition}”: after “{keyword}” a value is expected.", condition=whole[:60], keyword=keyword
            )
        )
    return value


def _between(first: str, second: str, whole: str) -> Condition:
    low = _number(first, whole, "between")
    high = _number(second, whole, "and")
    if low > high:
        raise ConditionError(
            msg(
                "“{condition}”: the smaller number comes first, e.g. between {high} and {low}.",
                condition=whole[:60],
                high=high,
                low=low,
            )
        )
    return Condition(Op.BETWEEN, low=low, high=high)


def check_condition(text: str) -> str | None:
    """The parse error message for ``text``, or ``None`` when it is a valid condition."""
    try:
        parse_condition(text)
    except ConditionError as error:
        return message_of(error)
    return None


@dataclass(frozen=True)
class Criterion:
    attribute: str
    condition: str
    points: NumberInput
    axis: Axis | str = Axis.FIT


@dataclass(frozen=True)
class ScoringModel:
    criteria: Sequence[Criterion]
    threshold: NumberInput


class WarningKind(StrEnum):
    UNREACHABLE = "unreachable"
    FIT_ALONE = "fit_alone"
    INTEREST_ALONE = "interest_alone"
    EMPTY_LEAD_QUALIFIES = "empty_lead_qualifies"


@dataclass(frozen=True)
class ScoringWarning:
    kind: WarningKind
    message: str


@dataclass(frozen=True)
class _Rule:
    """A criterion that parsed: what the arithmetic works on."""

    index: int
    attribute: str  # case-folded
    condition: Condition
    points: Decimal
    fit: bool


@dataclass(frozen=True)
class ScoringAnalysis:
    problems: tuple[InputProblem, ...] = ()
    warnings: tuple[ScoringWarning, ...] = ()
    threshold: Decimal | None = None
    max_total: Decimal = Decimal(0)
    max_fit: Decimal = Decimal(0)
    max_interest: Decimal = Decimal(0)
    empty_lead_score: Decimal = Decimal(0)
    valid_criteria: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class FiredCriterion:
    index: int
    """Position of the criterion in :attr:`ScoringModel.criteria`."""
    criterion: Criterion
    points: Decimal
    axis: Axis


@dataclass(frozen=True)
class LeadScore:
    total: Decimal
    fit: Decimal
    interest: Decimal
    fired: tuple[FiredCriterion, ...]
    is_mql: bool | None
    """``None`` when the threshold is missing or invalid."""
    problems: tuple[InputProblem, ...] = ()


def _read_rules(model: ScoringModel, problems: list[InputProblem]) -> tuple[_Rule, ...]:
    rules: list[_Rule] = []
    for i, criterion in enumerate(as_items(model.criteria)):
        # The points' type is part of the key: True == 1 for the cache, but a yes/no is not a number.
        points_type = type(getattr(criterion, "points", None)).__qualname__
        try:
            rule, found = _read_criterion(criterion, i, points_type)
        except TypeError:  # something unhashable inside: read it without the cache
            rule, found = _read_criterion.__wrapped__(criterion, i, points_type)
        problems.extend(found)
        if rule is not None:
            rules.append(rule)
    return tuple(rules)


_AXES = {Axis.FIT.value: True, Axis.INTEREST.value: False}


@lru_cache(maxsize=16384)
def _read_criterion(
    criterion: Criterion, i: int, points_type: str = ""
) -> tuple[_Rule | None, tuple[InputProblem, ...]]:
    """One criterion as a rule, or its problems. Cached: after one edit, 299 of 300 are unchanged."""
    if not isinstance(criterion, Criterion):
        return None, (
            InputProblem("criteria", msg("Criterion {number}: expected a criterion.", number=i + 1), i),
        )
    problems: list[InputProblem] = []

    def label() -> str:  # made only for a message: 300 criteria are read on every cold analysis
        return msg("Criterion {number}", number=i + 1)

    attribute = criterion.attribute.strip().casefold() if isinstance(criterion.attribute, str) else ""
    if not attribute:
        problems.append(
            InputProblem(
                "criteria.attribute", msg("{label}: name the attribute it looks at.", label=label()), i
            )
        )
    condition: Condition | None = None
    try:
        condition = parse_condition(criterion.condition)
    except ConditionError as error:
        problems.append(
            InputProblem(
                "criteria.condition", msg("{label}: {problem}", label=label(), problem=message_of(error)), i
            )
        )
    except TypeError:  # an unhashable non-string reached the parser's cache
        problems.append(
            InputProblem("criteria.condition", msg("{label}: write a condition.", label=label()), i)
        )
    points = read_decimal(
        criterion.points,
        "criteria.points",
        lambda: msg("{label}, points", label=label()),
        problems,
        minimum=-MAX_POINTS,
        maximum=MAX_POINTS,
        index=i,
    )
    fit = _AXES.get(str(criterion.axis).strip().lower())
    if fit is None:
        problems.append(
            InputProblem("criteria.axis", msg("{label}: choose fit or interest.", label=label()), i)
        )
    if problems or condition is None or points is None or fit is None:
        return None, tuple(problems)
    return _Rule(i, attribute, condition, points, fit), ()


def _by_attribute(rules: tuple[_Rule, ...]) -> dict[str, list[_Rule]]:
    groups: dict[str, list[_Rule]] = {}
    for rule in rules:
        groups.setdefault(rule.attribute, []).append(rule)
    return groups


_SOMETHING_ELSE = "\u2063something else\u2063"


def _candidates(
    group: tuple[tuple[Condition, Decimal, bool], ...],
) -> list[tuple[str | None, Decimal | None]]:
    """Values worth trying for one attribute; see "Maximum attainable score" in the module docstring."""
    texts: set[str] = {_SOMETHING_ELSE}
    bounds: set[Decimal] = set()
    contains_all: list[str] = []
    contains_fit: list[str] = []
    contains_interest: list[str] = []
    for condition, points, fit in group:
        if condition.op in (Op.EQUALS, Op.NOT_EQUALS, Op.ONE_OF, Op.CONTAINS):
            texts.update(condition.folded)
            bounds.update(n for n in condition.numbers if n is not None)
        if condition.op is Op.CONTAINS and points > 0:
            contains_all.append(condition.folded[0])
            (contains_fit if fit else contains_interest).append(condition.folded[0])
        for bound in (condition.low, condition.high):
            if bound is not None:
                bounds.add(bound)
    for parts in (contains_all, contains_fit, contains_interest):
        if len(parts) > 1:
            texts.add(" ".join(parts))
    values: list[tuple[str | None, Decimal | None]] = [(None, None)]
    values.extend((t, parse_number(t)) for t in texts)
    ordered = sorted(bounds)
    points_to_try: list[Decimal] = []
    if ordered:
        points_to_try.extend((ordered[0] - 1, ordered[-1] + 1))
        points_to_try.extend(ordered)
        points_to_try.extend((a + b) / 2 for a, b in zip(ordered, ordered[1:], strict=False))
    values.extend((_format_number(n).casefold(), n) for n in points_to_try)
    return values


@lru_cache(maxsize=4096)
def _best_for_attribute(
    group: tuple[tuple[Condition, Decimal, bool], ...],
) -> tuple[Decimal, Decimal, Decimal, Decimal]:
    """(best total, best fit, best interest, score when empty) for one attribute's criteria."""
    best_total = best_fit = best_interest = None
    empty = Decimal(0)
    for folded, number in _candidates(group):
        fit_sum = Decimal(0)
        interest_sum = Decimal(0)
        for condition, points, fit in group:
            if condition.matches_prepared(folded, number):
                if fit:
                    fit_sum += points
                else:
                    interest_sum += points
        total = fit_sum + interest_sum
        if folded is None:
            empty = total
        best_total = total if best_total is None or total > best_total else best_total
        best_fit = fit_sum if best_fit is None or fit_sum > best_fit else best_fit
        best_interest = (
            interest_sum if best_interest is None or interest_sum > best_interest else best_interest
        )
    assert best_total is not None and best_fit is not None and best_interest is not None
    return best_total, best_fit, best_interest, empty


def analyse_scoring(model: ScoringModel) -> ScoringAnalysis:
    """Check a scoring model and compute its best attainable scores and warnings. Never raises."""
    problems: list[InputProblem] = []
    rules = _read_rules(model, problems)
    threshold = read_decimal(
        model.threshold,
        "threshold",
        msg("MQL threshold"),
        problems,
        minimum=-MAX_POINTS * 1000,
        maximum=MAX_POINTS * 1000,
    )
    max_total = max_fit = max_interest = empty = Decimal(0)
    for group in _by_attribute(rules).values():
        key = tuple((rule.condition, rule.points, rule.fit) for rule in group)
        total, fit, interest, nothing = _best_for_attribute(key)
        max_total += total
        max_fit += fit
        max_interest += interest
        empty += nothing
    warnings: list[ScoringWarning] = []
    if threshold is not None:
        if max_total < threshold:
            warnings.append(
                ScoringWarning(
                    WarningKind.UNREACHABLE,
                    msg(
                        "No lead can reach the MQL threshold of {threshold:f}: the best possible score is {best:f}.",
                        threshold=threshold.normalize(),
                        best=max_total.normalize(),
                    ),
                )
            )
        if empty >= threshold:
            warnings.append(
                ScoringWarning(
                    WarningKind.EMPTY_LEAD_QUALIFIES,
                    msg(
                        "A lead with no data at all scores {score:f} and is already an MQL.",
                        score=empty.normalize(),
                    ),
                )
            )
        else:
            if max_fit >= threshold:
                warnings.append(
                    ScoringWarning(
                        WarningKind.FIT_ALONE,
                        msg(
                            "Fit alone can reach the threshold (up to {points:f} points): "
                            "a lead that shows no interest can become an MQL.",
                            points=max_fit.normalize(),
                        ),
                    )
                )
            if max_interest >= threshold:
                warnings.append(
                    ScoringWarning(
                        WarningKind.INTEREST_ALONE,
                        msg(
                            "Interest alone can reach the threshold (up to {points:f} points): "
                            "a lead outside the target group can become an MQL.",
                            points=max_interest.normalize(),
                        ),
                    )
                )
    return ScoringAnalysis(
        problems=tuple(problems),
        warnings=tuple(warnings),
        threshold=threshold,
        max_total=max_total,
        max_fit=max_fit,
        max_interest=max_interest,
        empty_lead_score=empty,
        valid_criteria=len(rules),
    )


def score_lead(model: ScoringModel, lead: Mapping[str, object]) -> LeadScore:
    """Score a sample lead (attribute → value as typed). Criteria with problems are left out."""
    problems: list[InputProblem] = []
    rules = _read_rules(model, problems)
    threshold = read_decimal(
        model.threshold,
        "threshold",
        msg("MQL threshold"),
        problems,
        minimum=-MAX_POINTS * 1000,
        maximum=MAX_POINTS * 1000,
    )
    values: dict[str, tuple[str | None, Decimal | None]] = {}
    for name, value in lead.items() if isinstance(lead, Mapping) else ():
        if isinstance(name, str) and name.strip():
            values[name.strip().casefold()] = prepare_value(value)
    criteria = as_items(model.criteria)
    fit = Decimal(0)
    interest = Decimal(0)
    fired: list[FiredCriterion] = []
    for rule in rules:
        folded, number = values.get(rule.attribute, (None, None))
        if rule.condition.matches_prepared(folded, number):
            if rule.fit:
                fit += rule.points
            else:
                interest += rule.points
            fired.append(
                FiredCriterion(
                    rule.index, criteria[rule.index], rule.points, Axis.FIT if rule.fit else Axis.INTEREST
                )
            )
    total = fit + interest
    return LeadScore(
        total=total,
        fit=fit,
        interest=interest,
        fired=tuple(fired),
        is_mql=None if threshold is None else total >= threshold,
        problems=tuple(problems),
    )
