"""The shipped JSON Schema describes exactly the fields the loader reads."""

from __future__ import annotations

import json

from barretimer import paths
from barretimer.core import routine_reader
from barretimer.core.model import MUSCLES, Kind, Level, Sides


def test_the_schema_names_the_same_fields_and_values_as_the_loader() -> None:
    schema = json.loads(paths.schema_path().read_text(encoding="utf-8"))
    defs = schema["$defs"]
    assert tuple(schema["properties"]) == routine_reader.ROUTINE_FIELDS
    assert tuple(schema["properties"]["defaults"]["properties"]) == routine_reader.DEFAULTS_FIELDS
    assert tuple(defs["step"]["properties"]) == routine_reader.STEP_FIELDS
    assert tuple(defs["block"]["properties"]) == routine_reader.BLOCK_FIELDS
    assert (
        tuple(defs["step"]["properties"]["cues"]["items"]["properties"])
        == routine_reader.CUE_FIELDS
    )
    assert defs["step"]["properties"]["kind"]["enum"] == [k.value for k in Kind]
    assert defs["step"]["properties"]["sides"]["enum"] == [s.value for s in Sides]
    assert schema["properties"]["level"]["enum"] == [lv.value for lv in Level]
    assert tuple(defs["step"]["properties"]["muscles"]["items"]["enum"]) == MUSCLES
