"""Finding and loading the JSON Schemas and label_config.xml, and the validators built on them.

The schemas live in ``schemas/`` at the repository root (the parent of the ``curate``
package); an installed package may carry them in ``curate/data/schemas/`` instead, and
``label_config.xml`` likewise at the root or in ``curate/data/``.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from curate.errors import ConfigError
from curate.validate.compile import Unsupported, compile_schema, is_date_time

__all__ = [
    "RECORD_KINDS",
    "SCHEMA_NAMES",
    "ConfigLabels",
    "check_label_config",
    "config_labels",
    "fast_check",
    "label_config_path",
    "load_schema",
    "precise_validator",
    "record_schema",
    "schema_path",
]

SCHEMA_NAMES: tuple[str, ...] = (
    "document", "annotated-document", "ls-task", "ls-export", "manifest",
)
#: What one record of each kind is checked against (``spans`` is a flat span row,
#: ``ls-export`` one task of an export, ``ls-task`` one task as pushed).
RECORD_KINDS: tuple[str, ...] = (
    "document", "annotated-document", "spans", "ls-task", "ls-export", "manifest",
)

_PACKAGE = Path(__file__).resolve().parent.parent


def _candidates(name: str) -> list[Path]:
    return [_PACKAGE.parent / name, _PACKAGE / "data" / name]


def schema_path(name: str) -> Path:
    if name not in SCHEMA_NAMES:
        raise ConfigError(f"unknown schema '{name}'", hint=f"Use one of {', '.join(SCHEMA_NAMES)}.")
    for folder in _candidates("schemas"):
        path = folder / f"{name}.schema.json"
        if path.is_file():
            return path
    raise ConfigError(
        f"schema '{name}' not found "
        f"(looked in {', '.join(str(p) for p in _candidates('schemas'))})",
        hint="Run curate from a checkout that has schemas/, or reinstall curate.",
    )


@cache
def load_schema(name: str) -> dict[str, Any]:
    """The parsed JSON Schema ``name`` (``document``, ``ls-task`` ...)."""
    path = schema_path(name)
    try:
        schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot read schema {path}: {exc}") from None
    return schema


def label_config_path() -> Path:
    for path in _candidates("label_config.xml"):
        if path.is_file():
            return path
    raise ConfigError("label_config.xml not found",
                      hint="Run curate from a checkout that has label_config.xml.")


@dataclass(frozen=True)
class ConfigLabels:
    """What label_config.xml allows: labels, relation labels, choices and tag names."""

    labels: frozenset[str]
    relations: frozenset[str]
    choices: dict[str, frozenset[str]]  # control name -> its <Choice value>s
    controls: frozenset[str]
    objects: frozenset[str]


#: Tags whose ``<Label>`` values are span labels, and the one whose ``<Choice>`` values are
#: choices (lower case, as the SDK's tag classes are looked up).
_LABEL_CONTROLS = ("labels", "hypertextlabels", "paragraphlabels")
_CHOICE_CONTROL = "choices"
#: As in label_studio_sdk.label_interface: tags that are never controls, the tags that are
#: labels of a control, and the tags that are both a control and an object.
_NOT_CONTROL_TAGS = frozenset({"Filter"})
_LABEL_TAGS = frozenset({"Label", "Choice", "Relation"})
_SELF_REFERENCING_TAGS = frozenset({"chat", "reactcode"})


def _read_config(path: str | None) -> tuple[Path, str]:
    file = Path(path) if path else label_config_path()
    try:
        return file, file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{file}: cannot read the Label Studio config ({exc})",
                          hint="Fix label_config.xml (it must parse in Label Studio).") from None


def _bad_config(file: Path, exc: Exception) -> ConfigError:
    return ConfigError(f"{file}: not a valid Label Studio config ({exc})",
                       hint="Fix label_config.xml (it must parse in Label Studio).")


def _relations(root: Any) -> frozenset[str]:
    # <Relations> is not a control tag in the SDK: its <Relation value>s are read directly.
    return frozenset(el.get("value", "") for el in root.iter("Relation") if el.get("value"))


@cache
def config_labels(path: str | None = None) -> ConfigLabels:
    """What label_config.xml allows, read as label_studio_sdk's ``LabelInterface`` reads it.

    Every run of ``curate validate`` needs the label names, but importing the SDK costs
    most of a second: this walks the same lxml tree with the same rules the SDK's
    ``LabelInterface.parse`` applies (which tags are controls, objects and labels, and which
    control a label belongs to). ``tests/test_validate_config.py`` checks that it gives
    what :func:`check_label_config` (the SDK itself) gives, on our config and on others.
    """
    from lxml import etree

    file, xml = _read_config(path)
    try:
        root = etree.fromstring(xml)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise _bad_config(file, exc) from None
    controls: dict[str, str] = {}  # name -> tag, in document order as the SDK keeps them
    objects: dict[str, str] = {}
    labels: dict[str, dict[str, None]] = {}
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue  # comments and processing instructions
        attrib = el.attrib
        name = attrib.get("name")
        if name and attrib.get("toName") and el.tag not in _NOT_CONTROL_TAGS:
            controls[name] = el.tag
        elif name and (attrib.get("value") or attrib.get("valueList")
                       or el.tag.lower() in _SELF_REFERENCING_TAGS):
            objects[name] = el.tag  # an object, or a self-referencing tag's object side
        elif el.tag in _LABEL_TAGS:
            parent = el.getparent()
            while parent is not None and parent.attrib.get("name") not in controls:
                parent = parent.getparent()
            value = attrib.get("alias") or attrib.get("value")
            if parent is not None and value is not None:
                labels.setdefault(parent.attrib["name"], {})[value] = None
    for name, tag in {**objects, **controls}.items():
        if tag.lower() in _SELF_REFERENCING_TAGS:
            controls.setdefault(name, tag)
            objects.setdefault(name, tag)
    span_labels: set[str] = set()
    choices: dict[str, frozenset[str]] = {}
    for name, tag in controls.items():
        values = labels.get(name, {})
        if tag.lower() in _LABEL_CONTROLS:
            span_labels.update(values)
        elif tag.lower() == _CHOICE_CONTROL:
            choices[name] = frozenset(values)
    return ConfigLabels(labels=frozenset(span_labels), relations=_relations(root),
                        choices=choices, controls=frozenset(controls),
                        objects=frozenset(objects))


def check_label_config(path: str | None = None) -> ConfigLabels:
    """Check label_config.xml with label_studio_sdk's ``LabelInterface`` (as Label Studio
    reads it) and return what it allows; :func:`config_labels` gives the same without the
    SDK's import cost. Raises :class:`~curate.errors.ConfigError` when the SDK refuses it."""
    from xml.etree import ElementTree

    from label_studio_sdk.label_interface import LabelInterface

    file, xml = _read_config(path)
    try:
        interface = LabelInterface(xml)
        root = ElementTree.fromstring(xml)
    except Exception as exc:  # the SDK raises several kinds on a bad config
        raise _bad_config(file, exc) from None
    labels: set[str] = set()
    choices: dict[str, frozenset[str]] = {}
    for control in interface.controls or ():
        values = list(getattr(control, "labels", None) or ())
        if control.tag.lower() in _LABEL_CONTROLS:
            labels.update(values)
        elif control.tag.lower() == _CHOICE_CONTROL:
            choices[control.name] = frozenset(values)
    return ConfigLabels(
        labels=frozenset(labels),
        relations=_relations(root),
        choices=choices,
        controls=frozenset(c.name for c in interface.controls or ()),
        objects=frozenset(interface.get_all_object_tag_names()),
    )


@cache
def record_schema(kind: str) -> dict[str, Any]:
    """The schema one record of ``kind`` is validated against."""
    if kind in ("document", "annotated-document", "ls-task", "manifest"):
        return load_schema(kind)
    if kind == "ls-export":
        root = copy.deepcopy(load_schema("ls-export"))
        for key in ("type", "items"):
            root.pop(key, None)
        root["$ref"] = "#/$defs/task"
        return root
    if kind == "spans":
        root = copy.deepcopy(load_schema("annotated-document"))
        span = root["$defs"]["span"]
        row = copy.deepcopy(span)
        row["title"] = "Span row"
        row["description"] = "One span a line, with the id of its document."
        row["properties"] = {"doc_id": {"type": "string", "minLength": 1,
                                        "description": "Id of the document the span is in."},
                             **row["properties"]}
        row["required"] = ["doc_id", *row["required"]]
        return {"$schema": root["$schema"], "$id": "https://curate.dev/schemas/span-row.schema.json",
                "$defs": root["$defs"], **{k: v for k, v in row.items()}}
    raise ConfigError(f"unknown kind '{kind}'", hint=f"Use one of {', '.join(RECORD_KINDS)}.")


@cache
def precise_validator(kind: str) -> Any:
    """A jsonschema validator for ``kind``: slow, but every error with its place."""
    from jsonschema import Draft202012Validator, FormatChecker, validators

    checker = FormatChecker(formats=())
    checker.checks("date-time")(is_date_time)
    # An offset of 3.0 is a float in Python and slices nothing: integers are ints only.
    types = Draft202012Validator.TYPE_CHECKER.redefine(
        "integer", lambda _checker, value: type(value) is int)
    strict = validators.extend(Draft202012Validator, type_checker=types)
    return strict(record_schema(kind), format_checker=checker)


@cache
def fast_check(kind: str) -> Callable[[Any], bool] | None:
    """The compiled yes/no check for ``kind``, or None when the schema cannot be compiled."""
    try:
        return compile_schema(record_schema(kind))
    except Unsupported:
        return None
