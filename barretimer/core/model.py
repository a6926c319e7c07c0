"""The routine model: plain immutable data, the single shape every layer shares."""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass, field


class Kind(str, enum.Enum):
    HOLD = "hold"
    STRETCH = "stretch"
    BALANCE = "balance"
    MOVE = "move"
    REST = "rest"


class Sides(str, enum.Enum):
    BOTH = "both"
    LEFT_RIGHT = "left-right"


class SideMeans(str, enum.Enum):
    """What "left" means on a one-sided step: the leg you stand on, or the one that works."""

    STANDING = "standing"
    WORKING = "working"


class Level(str, enum.Enum):
    BEGINNER = "beginner"
    INTERMEDIATE = "intermediate"
    ADVANCED = "advanced"


MUSCLES: tuple[str, ...] = (
    "glutes",
    "glute medius",
    "hip rotators",
    "hip flexors",
    "adductors",
    "quads",
    "hamstrings",
    "calves",
    "tibialis",
    "peroneals",
    "feet",
    "core",
    "obliques",
    "back",
    "shoulders",
    "arms",
)

EQUIPMENT: tuple[str, ...] = (
    "none",
    "barre or chair",
    "band",
    "ball",
    "light weights",
    "cushion",
    "wall",
    "step",
    "towel",
)

#: The scales a routine can be played at (the command line, plans and exports keep to them).
MIN_SCALE = 0.5
MAX_SCALE = 3.0

#: Kinds whose duration a progression scale stretches (a move set only up to
#: ``timeline.MOVE_SET_MAX_S``).
SCALED_KINDS = frozenset({Kind.HOLD, Kind.BALANCE, Kind.STRETCH, Kind.MOVE})

#: How long a ``max`` step counts for planning when it sets no cap.
MAX_NOMINAL_S = 60.0


@dataclass(frozen=True)
class TimedCue:
    """A phrase said ``at`` seconds after the interval starts (or before its end if < 0)."""

    at: float
    say: str


@dataclass(frozen=True)
class Step:
    exercise: str
    kind: Kind = Kind.HOLD
    duration: float | None = 30.0  # None: "max", count up until done or the cap
    cap: float | None = None
    sides: Sides = Sides.BOTH
    cue: str = ""
    muscles: tuple[str, ...] = ()
    cues: tuple[TimedCue, ...] = ()
    rest: float | None = None  # rest after this step, overriding defaults.rest
    ref: str | None = None  # catalog id the step was written as
    side_means: SideMeans | None = None  # on a left-right step: which leg "left" names
    image: str = ""  # your own picture, relative to the routine's folder (core.pictures)
    mirror: bool = True  # whether the picture is mirrored for the right side
    #: The name the history knows the exercise by, when ``exercise`` is a translation of it.
    recorded_as: str = field(default="", compare=False)

    @property
    def history_name(self) -> str:
        """The name a step's results and personal bests are recorded under: the English
        (catalog or routine) name, so they do not split by language."""
        return self.recorded_as or self.exercise

    @property
    def is_max(self) -> bool:
        return self.duration is None

    @property
    def planned_s(self) -> float:
        """Seconds one side of this step counts for in plans and totals."""
        if self.duration is not None:
            return self.duration
        return self.cap if self.cap is not None else MAX_NOMINAL_S


@dataclass(frozen=True)
class Block:
    repeat: int
    steps: tuple[Item, ...]
    rest: float | None = None  # rest between repetitions
    name: str = ""


Item = Step | Block


@dataclass(frozen=True)
class Defaults:
    rest: float = 10.0
    countdown: int = 3
    lead_in: float = 5.0
    switch: float = 5.0


@dataclass(frozen=True)
class Unstretched:
    """Worked muscle groups a routine leaves unstretched on purpose, and the reason it gives.

    Barre stretches each group right after working it; a warm-up before a run, or a routine
    whose stretch comes in another session, says here why it does not.
    """

    muscles: tuple[str, ...]
    why: str


@dataclass(frozen=True)
class Routine:
    name: str
    steps: tuple[Item, ...]
    description: str = ""
    level: Level = Level.BEGINNER
    tags: tuple[str, ...] = ()
    defaults: Defaults = field(default_factory=Defaults)
    max_scale: float | None = None
    unstretched: Unstretched | None = None
    #: The name the history knows the routine by, when ``name`` is a translation of it.
    recorded_as: str = ""

    @property
    def history_name(self) -> str:
        """The name sessions of this routine are recorded and looked up under: the routine's
        own (English) name for a shipped routine shown in another language, so the history,
        the progression and plans do not split by language."""
        return self.recorded_as or self.name


def iter_steps(items: tuple[Item, ...]) -> Iterator[Step]:
    """Every step in document order, each once (repeats not expanded)."""
    for item in items:
        if isinstance(item, Block):
            yield from iter_steps(item.steps)
        else:
            yield item


@dataclass(frozen=True)
class Exercise:
    """An entry of the exercise catalog."""

    id: str
    name: str
    kind: Kind
    muscles: tuple[str, ...]
    sides: Sides
    duration: float
    equipment: tuple[str, ...] = ("none",)
    description: str = ""
    cues: tuple[str, ...] = ()
    safety: str = ""
    side_means: SideMeans | None = None
    image: str = ""  # your own picture, relative to the catalog's folder (core.pictures)
    mirror: bool = True
    #: The catalog's English name when ``name`` is a translation of it.
    recorded_as: str = field(default="", compare=False)

    @property
    def history_name(self) -> str:
        return self.recorded_as or self.name


@dataclass(frozen=True)
class Catalog:
    exercises: tuple[Exercise, ...] = ()
    _by_id: dict[str, Exercise] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {e.id: e for e in self.exercises})

    def get(self, exercise_id: str) -> Exercise | None:
        return self._by_id.get(exercise_id)

    def ids(self) -> list[str]:
        return list(self._by_id)

    def __len__(self) -> int:
        return len(self.exercises)
