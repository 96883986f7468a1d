"""The msgspec Structs of execvision_client (`_fast_models`) have the shape of the generated attrs
models they mirror: the same fields in the same order, the same required-ness, the same types
(recursively) and the same wire names. A spec change that regenerates the models without the
Structs following makes these tests fail."""

from __future__ import annotations

import datetime
import enum
import types
from typing import Any, Union, get_args, get_origin, get_type_hints

import attrs
import execvision_client
import msgspec
import pytest
from execvision_client import _fast_models as fm
from execvision_client import models
from execvision_client.types import UNSET, Unset

MODEL_NAMES = {name: getattr(models, name) for name in models.__all__} | {"Unset": Unset}
PAIRS = sorted(fm.STRUCTS.items(), key=lambda pair: pair[0].__name__)


def _declared(model: type[Any]) -> list[attrs.Attribute[Any]]:
    return [f for f in attrs.fields(model) if f.name != "additional_properties"]


def _is_map_model(t: Any) -> bool:
    return attrs.has(t) and not _declared(t)


def _union(shapes: list[Any]) -> Any:
    found = set(shapes)
    if {("int",), ("float",)} <= found:  # the Structs' int | float is the models' float
        found -= {("int",)}
    return next(iter(found)) if len(found) == 1 else ("union", frozenset(found))


def struct_shape(t: Any) -> Any:
    """A comparable description of a Struct field type (as msgspec decodes it)."""
    if t is fm._DateTime:
        return ("datetime",)
    if t is msgspec.UnsetType:
        return ("unset",)
    if isinstance(t, types.UnionType) or get_origin(t) is Union:
        return _union([struct_shape(arg) for arg in get_args(t)])
    if get_origin(t) is list:
        return ("list", struct_shape(get_args(t)[0]))
    if get_origin(t) is dict:
        return ("map", struct_shape(get_args(t)[1]))
    if isinstance(t, type) and issubclass(t, msgspec.Struct):
        return ("model", fm.STRUCTS.get(t, t))
    if isinstance(t, type) and issubclass(t, enum.Enum):
        return ("enum", t)
    return ("any",) if t is Any else (getattr(t, "__name__", repr(t)),)


def model_shape(t: Any) -> Any:
    """The same description of a generated model's attribute type."""
    if t is datetime.datetime:
        return ("datetime",)
    if t is Unset:
        return ("unset",)
    if isinstance(t, types.UnionType) or get_origin(t) is Union:
        return _union([model_shape(arg) for arg in get_args(t)])
    if get_origin(t) is list:
        return ("list", model_shape(get_args(t)[0]))
    if _is_map_model(t):
        return ("map", model_shape(get_args(_hints(t)["additional_properties"])[1]))
    if attrs.has(t):
        return ("model", t)
    if isinstance(t, type) and issubclass(t, enum.Enum):
        return ("enum", t)
    return ("any",) if t is Any else (getattr(t, "__name__", repr(t)),)


def _hints(model: type[Any]) -> dict[str, Any]:
    return get_type_hints(model, localns=MODEL_NAMES)


def sample(t: Any) -> Any:
    """A JSON value of a Struct field type, every optional key present (as the wire has it)."""
    if t is fm._DateTime:
        return "2026-09-24T12:49:59.816000+00:00"
    if isinstance(t, types.UnionType) or get_origin(t) is Union:
        return sample(next(a for a in get_args(t) if a not in (type(None), msgspec.UnsetType, int)))
    if get_origin(t) is list:
        return [sample(get_args(t)[0])]
    if get_origin(t) is dict:
        return {"0": sample(get_args(t)[1])}
    if isinstance(t, type) and issubclass(t, msgspec.Struct):
        return {f.encode_name: sample(f.type) for f in msgspec.structs.fields(t)}
    if isinstance(t, type) and issubclass(t, enum.Enum):
        return next(iter(t)).value
    return {str: "text", int: 7, float: 1.5, Any: {"k": [1, "v"]}}[t]


def _no_extras_and_all_set(value: Any, where: str) -> list[str]:
    if isinstance(value, list):
        return [p for i, item in enumerate(value) for p in _no_extras_and_all_set(item, f"{where}[{i}]")]
    if not attrs.has(type(value)) or _is_map_model(type(value)):
        return []
    problems = [f"{where}: undeclared keys {sorted(value.additional_properties)}"] * bool(value.additional_properties)
    for f in _declared(type(value)):
        attr = getattr(value, f.name)
        problems += (
            [f"{where}.{f.name}: absent"] if attr is UNSET else _no_extras_and_all_set(attr, f"{where}.{f.name}")
        )
    return problems


def differences(struct: type[msgspec.Struct], model: type[Any]) -> list[str]:
    """Where `struct` and the generated `model` disagree (an empty list: they match)."""
    fields, declared, hints = msgspec.structs.fields(struct), _declared(model), _hints(model)
    name = struct.__name__
    if [f.name for f in fields] != [f.name for f in declared]:
        return [f"{name}: fields {[f.name for f in fields]} != {[f.name for f in declared]}"]
    problems = []
    for f, a in zip(fields, declared, strict=True):
        if f.required != (a.default is attrs.NOTHING):
            problems.append(f"{name}.{f.name}: required {f.required} != {a.default is attrs.NOTHING}")
        if struct_shape(f.type) != model_shape(hints[a.name]):
            problems.append(f"{name}.{f.name}: type {struct_shape(f.type)} != {model_shape(hints[a.name])}")
    wire = sample(struct)
    try:  # the Struct's wire names, every optional key present: the model takes each as declared
        problems += _no_extras_and_all_set(model.from_dict(wire), name)
    except (KeyError, TypeError, ValueError) as exc:
        return [*problems, f"{name}: the model rejects the Struct's wire form {wire}: {exc!r}"]
    for f in fields:  # a key the Struct requires, the model requires too
        rest = {k: v for k, v in wire.items() if k != f.encode_name}
        try:
            model.from_dict(rest)
        except KeyError:
            continue
        if f.required:
            problems.append(f"{name}.{f.name}: the model reads a body without {f.encode_name!r}")
    return problems


@pytest.mark.parametrize(("struct", "model"), PAIRS, ids=[s.__name__ for s, _ in PAIRS])
def test_struct_matches_its_generated_model(struct: type[msgspec.Struct], model: type[Any]) -> None:
    assert differences(struct, model) == []
    assert struct.__name__ == model.__name__


def _models_in(shape: Any) -> list[type[Any]]:
    if isinstance(shape, tuple) and shape[:1] == ("model",):
        return [shape[1]]
    parts = shape if isinstance(shape, tuple | frozenset) else ()
    return [m for part in parts for m in _models_in(part)]


def test_every_model_under_call_and_transcript_has_a_struct() -> None:
    seen: set[type[Any]] = set()
    todo: list[type[Any]] = [models.Call, models.SimplifiedTranscript]
    while todo:
        model = todo.pop()
        seen.add(model)
        for attribute in _declared(model):
            todo += [m for m in _models_in(model_shape(_hints(model)[attribute.name])) if m not in seen]
    assert seen == set(fm.STRUCTS.values())
    assert len(seen) == 11


def test_the_structs_are_exported_under_their_model_names() -> None:
    for struct in fm.STRUCTS:
        assert getattr(execvision_client, struct.__name__) is struct
        assert struct.__name__ in execvision_client.__all__


def test_leaf_structs_are_not_tracked_by_the_gc() -> None:
    leaves = {s for s in fm.STRUCTS if all(struct_shape(f.type)[0] != "list" for f in msgspec.structs.fields(s))}
    leaves -= {fm.Call, fm.CrmMatch, fm.TalkSpeed}  # hold dicts or other Structs
    assert leaves == {fm.TranscriptWord, fm.QuestionAndAnswer, fm.CrmEntity, fm.Speaker, fm.TranscriptSegment}
    assert all(s.__struct_config__.gc is False for s in leaves)
    assert all(s.__struct_config__.forbid_unknown_fields for s in fm.STRUCTS)


def _drifted(**changes: Any) -> type[msgspec.Struct]:
    """TranscriptWord as it would be after the spec changed and the Structs did not follow."""
    spec: list[Any] = [("start", str), ("end", str), ("word", str), ("v", int), ("p", str | msgspec.UnsetType, UNSET)]
    spec = [changes.get(f[0], f) for f in spec if changes.get(f[0], f) is not None]
    return msgspec.defstruct("TranscriptWord", spec, rename=changes.get("rename"))


@pytest.mark.parametrize(
    ("changes", "found"),
    [
        ({"p": ("p", str)}, "TranscriptWord.p: required True != False"),
        ({"v": ("v", str)}, "TranscriptWord.v: type ('str',) != ('int',)"),
        ({"v": None}, "TranscriptWord: fields"),
        ({"rename": {"word": "text"}}, "the model rejects the Struct's wire form"),
        ({"rename": {"p": "punct"}}, "TranscriptWord.p: absent"),
        ({"v": ("v", int | float)}, "TranscriptWord.v: type ('float',) != ('int',)"),
    ],
)
def test_drift_is_found(changes: dict[str, Any], found: str) -> None:
    problems = differences(_drifted(**changes), models.TranscriptWord)
    assert any(found in problem for problem in problems), problems
    assert differences(_drifted(), models.TranscriptWord) == []
