"""What every benchmark reports: figures against their targets, printed as one table."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    """One measured figure and its target (lower is better)."""

    name: str
    value: float
    target: float
    unit: str

    @property
    def passed(self) -> bool:
        return self.value <= self.target


def fmt(value: float, unit: str) -> str:
    """A value in its unit: ratios with two decimals, seconds with three, the rest with one."""
    if unit == "x":
        return f"{value:.2f}x"
    if unit == "s":
        return f"{value:.3f} s"
    return f"{value:.1f} {unit}"


def verdict(figure: Figure) -> str:
    return "PASS" if figure.passed else "FAIL"


def print_table(figures: Sequence[Figure]) -> None:
    """figure / measured / target / PASS or FAIL, aligned."""
    rows = [
        (
            f.name,
            fmt(f.value, f.unit),
            f"<= {fmt(f.target, f.unit)}",
            "PASS" if f.passed else "FAIL",
        )
        for f in figures
    ]
    header = ("figure", "measured", "target", "result")
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(4)]
    for name, measured, target, result in (header, tuple("-" * w for w in widths), *rows):
        print(f"{name:<{widths[0]}}  {measured:>{widths[1]}}  {target:>{widths[2]}}  {result}")
