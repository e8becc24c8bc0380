"""Compile a JSON Schema into one fast yes/no Python function.

jsonschema walks the schema for every record and builds an error object for every keyword;
that is what makes its messages precise, and what makes it slow (about 100 us a span).
Almost every record is valid, so validation runs in two steps: the compiled function below
answers "valid?" for the subset of keywords curate's schemas use, and only a record it
rejects goes through jsonschema for the findings. fastjsonschema does the same in general
but evaluates ``if``/``then`` through exceptions, which is ten times slower on our schemas.

The compiled check must never accept what jsonschema rejects (it may reject more: then
jsonschema finds nothing and the record is valid after all). A keyword it does not know
makes :func:`compile_schema` raise :class:`Unsupported`, and the caller uses jsonschema
alone. ``tests/test_schemas.py`` checks both agree on every broken and valid file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

__all__ = ["Unsupported", "compile_schema", "is_date_time"]

_MISSING = object()

# Keywords that only annotate: they never change whether an instance is valid.
_ANNOTATIONS = frozenset({
    "$schema", "$id", "title", "description", "version", "$defs", "examples", "default",
    "$comment", "deprecated", "readOnly", "writeOnly",
})
_TYPE_TESTS = {
    "object": "type({v}) is dict",
    "array": "type({v}) is list",
    "string": "type({v}) is str",
    "integer": "type({v}) is int",
    "number": "type({v}) in _NUMBER",
    "boolean": "type({v}) is bool",
    "null": "{v} is None",
}
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


def is_date_time(value: object) -> bool:
    """RFC 3339 date-time, the JSON Schema ``date-time`` format (offset required)."""
    if not isinstance(value, str):
        return True  # a format only constrains strings
    if not _DATE_TIME.match(value):
        return False
    try:
        datetime.fromisoformat(value.replace("z", "Z").replace("t", "T"))
    except ValueError:
        return False
    return True


class Unsupported(ValueError):
    """The schema uses a keyword the compiler does not handle."""


class _Compiler:
    def __init__(self, root: dict[str, Any]) -> None:
        self.root = root
        self.functions: list[str] = []
        self.namespace: dict[str, Any] = {"_MISSING": _MISSING, "_is_date_time": is_date_time,
                                          "_NUMBER": (int, float)}
        self.refs: dict[str, str] = {}
        self.count = 0
        # While specializing: the exact keys of the instance in variable "v".
        self.present: dict[str, frozenset[str]] = {}
        self.dispatch: dict[str, tuple[str, str]] = {}  # dispatcher -> (cache, builder)

    def const(self, value: Any, prefix: str = "_c") -> str:
        self.count += 1
        name = f"{prefix}{self.count}"
        self.namespace[name] = value
        return name

    def var(self) -> str:
        self.count += 1
        return f"x{self.count}"

    # -- functions -------------------------------------------------------------------------
    def function(self, schema: Any, known: str | None = None) -> str:
        """Name of a function ``f(v) -> bool`` for ``schema``."""
        self.count += 1
        name = f"_f{self.count}"
        lines = [f"def {name}(v):"]
        if known is not None and schema.get("type") == known:
            schema = {k: val for k, val in schema.items() if k != "type"}
        lines += self.body(schema, "v", 1, known)
        lines.append("    return True")
        self.functions.append("\n".join(lines))
        return name

    def ref(self, ref: str) -> str:
        if ref not in self.refs:
            if ref != "#" and not ref.startswith("#/"):
                raise Unsupported(f"$ref {ref!r}: only local references are compiled")
            target: Any = self.root
            for part in ref[2:].split("/") if ref != "#" else ():
                target = target[part.replace("~1", "/").replace("~0", "~")]
            self.count += 1
            name = f"_ref{self.count}"
            self.refs[ref] = name
            # the referenced function checks whatever it is given: no keys are known there
            saved, self.present = self.present, {}
            try:
                if _closed_object(target):
                    self._dispatcher(name, target)
                else:
                    body = self.body(target, "v", 1, None)
                    self.functions.append(
                        "\n".join([f"def {name}(v):", *body, "    return True"]))
            finally:
                self.present = saved
        return self.refs[ref]

    # -- specialization by key set ---------------------------------------------------------
    # A closed object (additionalProperties: false) is checked by a function made for its
    # exact keys: presence, unknown keys, and conditions on which keys exist are then known
    # when the function is made, and each field is read once by index. Records of one kind
    # have few key sets (a span: its label's fields), so the functions are made once.
    def _dispatcher(self, name: str, schema: dict[str, Any]) -> None:
        cache = self.const({}, "_spec")
        build = self.const(lambda keys: self._specialize(schema, keys, cache), "_build")
        self.dispatch[name] = (cache, build)
        self.functions.append("\n".join([
            f"def {name}(v):",
            "    if type(v) is not dict: return False",
            "    keys = tuple(v)",
            f"    f = {cache}.get(keys)",
            "    if f is None:",
            f"        f = {build}(keys)",
            "    return f(v)",
        ]))

    def _specialize(self, schema: dict[str, Any], keys: tuple[str, ...],
                    cache: str) -> Callable[[Any], bool]:
        props = set(schema.get("properties", {}))
        present = frozenset(keys)
        if not (present <= props and set(schema.get("required", ())) <= present):
            check: Callable[[Any], bool] = _false
        else:
            before = len(self.functions)
            self.present = {"v": present}
            try:
                name = self.function(schema, "object")  # the dispatcher checked it is a dict
            finally:
                self.present = {}
            source = "\n\n".join(self.functions[before:])
            del self.functions[before:]
            exec(compile(source, "<specialized check>", "exec"), self.namespace)
            check = self.namespace[name]
        table = self.namespace[cache]
        if len(table) < 512:  # records with ever new key sets do not grow it without bound
            table[keys] = check
        return check

    # -- tests (expressions) ---------------------------------------------------------------
    def test(self, schema: Any, v: str, known: str | None) -> str:
        """A Python expression true when ``v`` is valid against ``schema``."""
        if schema is True or schema == {}:
            return "True"
        if schema is False:
            return "False"
        keys = set(schema) - _ANNOTATIONS
        present = self.present.get(v)
        if known == "object" and keys <= {"required", "properties"} and present is not None:
            required = set(schema.get("required", ()))
            if not required <= present:
                return "False"
            parts = []
            for key, sub in schema.get("properties", {}).items():
                sub_keys = set(sub) - _ANNOTATIONS
                if key not in present:
                    continue  # an absent key satisfies its property schema
                if sub_keys == {"const"} and isinstance(sub["const"], str):
                    parts.append(f"{v}[{key!r}] == {sub['const']!r}")
                elif sub_keys == {"enum"} and all(isinstance(e, str) for e in sub["enum"]):
                    x = f"{v}[{key!r}]"
                    parts.append(f"(type({x}) is str and {x} in {tuple(sub['enum'])!r})")
                else:
                    return f"{self.function(schema)}({v})"
            return "(" + " and ".join(parts) + ")" if parts else "True"
        if known == "object" and keys <= {"required", "properties"}:
            parts = [f"{k!r} in {v}" for k in schema.get("required", ())]
            required = set(schema.get("required", ()))
            for key, sub in schema.get("properties", {}).items():
                sub_keys = set(sub) - _ANNOTATIONS
                if sub_keys == {"const"} and isinstance(sub["const"], str):
                    c = sub["const"]
                    if key in required:  # absent gives None, which is never equal to c
                        parts = [x for x in parts if x != f"{key!r} in {v}"]
                        parts.append(f"{v}.get({key!r}) == {c!r}")
                    else:
                        parts.append(f"{v}.get({key!r}, {c!r}) == {c!r}")
                elif sub_keys == {"enum"} and all(isinstance(e, str) for e in sub["enum"]):
                    opts = tuple(sub["enum"])
                    x = f"{v}.get({key!r})"
                    if key in required:
                        parts.append(f"(type({x}) is str and {x} in {opts!r})")
                    else:
                        parts.append(f"({key!r} not in {v} or "
                                     f"(type({x}) is str and {x} in {opts!r}))")
                else:
                    return f"{self.function(schema)}({v})"
            return "(" + " and ".join(parts or ["True"]) + ")"
        if known == "object" and keys == {"not"}:
            inner = self.test(schema["not"], v, known)
            return {"True": "False", "False": "True"}.get(inner, f"not {inner}")
        if known == "object" and keys == {"anyOf"}:
            tests = [self.test(s, v, known) for s in schema["anyOf"]]
            if "True" in tests:
                return "True"
            tests = [t for t in tests if t != "False"]
            return "(" + " or ".join(tests) + ")" if tests else "False"
        if keys == {"$ref"}:
            return f"{self.ref(schema['$ref'])}({v})"
        return f"{self.function(schema)}({v})"

    # -- bodies (statements returning False) -----------------------------------------------
    def body(self, schema: Any, v: str, ind: int, known: str | None) -> list[str]:
        pad = "    " * ind
        if schema is True or schema == {}:
            return []
        if schema is False:
            return [f"{pad}return False"]
        if not isinstance(schema, dict):
            raise Unsupported(f"schema {schema!r}")
        unknown = set(schema) - _ANNOTATIONS - _HANDLED
        if unknown:
            raise Unsupported(f"keywords {sorted(unknown)}")
        out: list[str] = []
        typ = schema.get("type")
        if typ is not None:
            types = [typ] if isinstance(typ, str) else list(typ)
            cond = " or ".join(_TYPE_TESTS[t].format(v=v) for t in types)
            out.append(f"{pad}if not ({cond}): return False")
            if len(types) == 1:
                known = types[0]
        if "$ref" in schema:
            out.append(f"{pad}if not {self.ref(schema['$ref'])}({v}): return False")
        if "const" in schema:
            c = schema["const"]
            if not isinstance(c, str):
                raise Unsupported("non-string const")
            out.append(f"{pad}if not (type({v}) is str and {v} == {c!r}): return False")
        if "enum" in schema:
            opts = schema["enum"]
            if not all(isinstance(e, str) for e in opts):
                raise Unsupported("non-string enum")
            out.append(f"{pad}if not (type({v}) is str and {v} in {tuple(opts)!r}): return False")
        out += self._string(schema, v, pad, known)
        out += self._number(schema, v, pad, known)
        out += self._array(schema, v, ind, known)
        out += self._object(schema, v, ind, known)
        for sub in schema.get("allOf", ()):
            out += self.body(sub, v, ind, known)
        if "anyOf" in schema:
            expr = " or ".join(self.test(s, v, known) for s in schema["anyOf"])
            out.append(f"{pad}if not ({expr}): return False")
        if "not" in schema:
            cond = self.test(schema["not"], v, known)
            if cond != "False":
                out.append(f"{pad}if {cond}: return False")
        if "if" in schema:
            then, other = schema.get("then"), schema.get("else")
            cond = self.test(schema["if"], v, known)
            if cond in ("True", "False"):  # decided when the function was made
                branch = then if cond == "True" else other
                return out + (self.body(branch, v, ind, known) if branch is not None else [])
            then_lines = self.body(then, v, ind + 1, known) if then is not None else []
            else_lines = self.body(other, v, ind + 1, known) if other is not None else []
            if then_lines or else_lines:
                out.append(f"{pad}if {cond}:")
                out += then_lines or [f"{pad}    pass"]
                if else_lines:
                    out.append(f"{pad}else:")
                    out += else_lines
        return out

    def leaf(self, schema: Any, first: str, x: str) -> str | None:
        """One expression for a simple scalar schema, or None. ``first`` is how the value is
        read the first time (a walrus that binds ``x``), ``x`` every time after."""
        if not isinstance(schema, dict):
            return None
        keys = set(schema) - _ANNOTATIONS
        if not keys <= {"type", "enum", "const", "minLength", "maxLength", "minimum",
                        "maximum", "pattern"}:
            return None
        if "type" in keys:
            types = [schema["type"]] if isinstance(schema["type"], str) else list(schema["type"])
        elif keys & {"enum", "const"}:
            types = ["string"]  # string enums/consts only (checked below)
        else:
            return None
        if any(t in ("object", "array") for t in types):
            return None
        scalar = [t for t in types if t != "null"]
        if len(scalar) != 1:
            return None
        kind = scalar[0]
        nullable = "null" in types
        parts = [_TYPE_TESTS[kind].format(v=x if nullable else first)]
        if "enum" in schema:
            if not all(isinstance(e, str) for e in schema["enum"]):
                return None
            parts.append(f"{x} in {tuple(schema['enum'])!r}")
        if "const" in schema:
            if not isinstance(schema["const"], str):
                return None
            parts.append(f"{x} == {schema['const']!r}")
        if "minLength" in schema:
            parts.append(f"len({x}) >= {int(schema['minLength'])}")
        if "maxLength" in schema:
            parts.append(f"len({x}) <= {int(schema['maxLength'])}")
        if "minimum" in schema:
            parts.append(f"{x} >= {schema['minimum']!r}")
        if "maximum" in schema:
            parts.append(f"{x} <= {schema['maximum']!r}")
        if "pattern" in schema:
            seen = self.const(set(), "_seen")
            matched = self.const(_remembering(re.compile(schema["pattern"]), self.namespace[seen]),
                                 "_match")
            parts.append(f"({x} in {seen} or {matched}({x}))")
        expr = " and ".join(parts)
        if nullable:
            return f"({first} is None or ({expr}))"
        return f"({expr})"

    def _guard(self, kind: str, v: str, pad: str, known: str | None) -> tuple[list[str], str]:
        if known == kind or (kind == "number" and known == "integer"):
            return [], pad
        return [f"{pad}if {_TYPE_TESTS[kind].format(v=v)}:"], pad + "    "

    def _string(self, schema: dict[str, Any], v: str, pad: str, known: str | None) -> list[str]:
        checks = []
        if "minLength" in schema:
            checks.append(f"if len({v}) < {int(schema['minLength'])}: return False")
        if "maxLength" in schema:
            checks.append(f"if len({v}) > {int(schema['maxLength'])}: return False")
        if "pattern" in schema:
            # Sources, country codes and hashes repeat: remember the strings that matched.
            rx = self.const(re.compile(schema["pattern"]).search, "_re")
            seen = self.const(set(), "_seen")
            checks.append(f"if {v} not in {seen}:")
            checks.append(f"    if {rx}({v}) is None: return False")
            checks.append(f"    if len({seen}) < 4096: {seen}.add({v})")
        if schema.get("format") == "date-time":
            checks.append(f"if not _is_date_time({v}): return False")
        if not checks:
            return []
        head, inner = self._guard("string", v, pad, known)
        return head + [inner + c for c in checks]

    def _number(self, schema: dict[str, Any], v: str, pad: str, known: str | None) -> list[str]:
        checks = []
        if "minimum" in schema:
            checks.append(f"if {v} < {schema['minimum']!r}: return False")
        if "maximum" in schema:
            checks.append(f"if {v} > {schema['maximum']!r}: return False")
        if not checks:
            return []
        if known in ("integer", "number"):
            return [pad + c for c in checks]
        head = [f"{pad}if (type({v}) is int or type({v}) is float):"]
        return head + [pad + "    " + c for c in checks]

    def _array(self, schema: dict[str, Any], v: str, ind: int, known: str | None) -> list[str]:
        pad = "    " * ind
        if not any(k in schema for k in ("items", "minItems", "maxItems", "uniqueItems")):
            return []
        head, inner = self._guard("array", v, pad, known)
        out = list(head)
        if "minItems" in schema:
            out.append(f"{inner}if len({v}) < {int(schema['minItems'])}: return False")
        if "maxItems" in schema:
            out.append(f"{inner}if len({v}) > {int(schema['maxItems'])}: return False")
        if schema.get("uniqueItems"):
            out.append(f"{inner}if not all(type(i) is str for i in {v}) or "
                       f"len(set({v})) != len({v}): return False")
        if "items" in schema:
            item = self.var()
            out.append(f"{inner}for {item} in {v}:")
            items = schema["items"]
            ref = items.get("$ref") if isinstance(items, dict) else None
            direct = ref is not None and set(items) - _ANNOTATIONS == {"$ref"}
            if direct and self.ref(ref) in self.dispatch:
                # a list of closed objects: dispatch on the key set right here, one call less
                cache, build = self.dispatch[self.refs[ref]]
                keys, check, get = self.var(), self.var(), self.var()
                out.insert(len(out) - 1, f"{inner}{get} = {cache}.get")
                out += [f"{inner}    if type({item}) is not dict: return False",
                        f"{inner}    {keys} = tuple({item})",
                        f"{inner}    {check} = {get}({keys}) or {build}({keys})",
                        f"{inner}    if not {check}({item}): return False"]
            else:
                body = self.body(items, item, len(inner) // 4 + 1, None)
                out += body or [f"{inner}    pass"]
        return out

    def _object(self, schema: dict[str, Any], v: str, ind: int, known: str | None) -> list[str]:
        pad = "    " * ind
        keys = ("properties", "required", "additionalProperties", "propertyNames")
        if not any(k in schema for k in keys):
            return []
        head, inner = self._guard("object", v, pad, known)
        depth = len(inner) // 4
        out = list(head)
        props: dict[str, Any] = schema.get("properties", {})
        present = self.present.get(v)
        closed = schema.get("additionalProperties", True) is False
        if present is not None and "propertyNames" not in schema and (
                closed or "additionalProperties" not in schema):
            if not set(schema.get("required", ())) <= present:
                return [*out, f"{inner}return False"]
            # specialized: the keys were checked against required/allowed when it was made;
            # simple fields become one boolean expression (far fewer bytecodes than one
            # statement a keyword)
            exprs: list[str] = []
            for name, sub in props.items():
                if name not in present or not self.body(sub, "_probe", 0, None):
                    continue
                x = self.var()
                expr = self.leaf(sub, f"({x} := {v}[{name!r}])", x)
                if expr is not None:
                    exprs.append(expr)
                    continue
                out.append(f"{inner}{x} = {v}[{name!r}]")
                out += self.body(sub, x, depth, None)
            if exprs:
                out.insert(len(head), f"{inner}if not ({' and '.join(exprs)}): return False")
            return out
        if schema.get("required"):
            req = self.const(frozenset(schema["required"]))
            out.append(f"{inner}if not {v}.keys() >= {req}: return False")
        extra = schema.get("additionalProperties", True)
        if extra is False:
            allowed = self.const(frozenset(props))
            out.append(f"{inner}if not {v}.keys() <= {allowed}: return False")
        elif extra is not True:
            allowed = self.const(frozenset(props))
            key = self.var()
            val = self.var()
            out.append(f"{inner}for {key}, {val} in {v}.items():")
            out.append(f"{inner}    if {key} in {allowed}: continue")
            out += self.body(extra, val, depth + 1, None)
        if "propertyNames" in schema:
            key = self.var()
            out.append(f"{inner}for {key} in {v}:")
            out += self.body(schema["propertyNames"], key, depth + 1, "string") or [
                f"{inner}    pass"]
        required = set(schema.get("required", ()))
        for name, sub in props.items():
            if not self.body(sub, "_probe", 0, None):
                continue
            x = self.var()
            if name in required:  # checked present above: index directly, it is cheaper
                out.append(f"{inner}{x} = {v}[{name!r}]")
                out += self.body(sub, x, depth, None)
            else:
                out.append(f"{inner}{x} = {v}.get({name!r}, _MISSING)")
                out.append(f"{inner}if {x} is not _MISSING:")
                out += self.body(sub, x, depth + 1, None)
        return out


_HANDLED = frozenset({
    "type", "$ref", "const", "enum", "minLength", "maxLength", "pattern", "format", "minimum",
    "maximum", "items", "minItems", "maxItems", "uniqueItems", "properties", "required",
    "additionalProperties", "propertyNames", "allOf", "anyOf", "not", "if", "then", "else",
})


def _remembering(rx: re.Pattern[str], seen: set[str]) -> Callable[[str], bool]:
    def matched(value: str) -> bool:
        if rx.search(value) is None:
            return False
        if len(seen) < 4096:
            seen.add(value)
        return True
    return matched


def _false(_value: Any) -> bool:
    return False


def _closed_object(schema: Any) -> bool:
    return (isinstance(schema, dict) and schema.get("type") == "object"
            and schema.get("additionalProperties") is False
            and isinstance(schema.get("properties"), dict))


def compile_schema(schema: dict[str, Any]) -> Callable[[Any], bool]:
    """A function ``check(instance) -> bool`` equivalent to (or stricter than) the schema.

    Raises :class:`Unsupported` if the schema uses a keyword the compiler does not handle;
    an unknown ``format`` also raises, since jsonschema may check it.
    """
    fmt = _formats(schema)
    if fmt - {"date-time"}:
        raise Unsupported(f"formats {sorted(fmt)}")
    compiler = _Compiler(schema)
    entry = compiler.ref("#") if _closed_object(schema) else compiler.function(schema)
    source = "\n\n".join(compiler.functions)
    compiler.functions.clear()
    namespace = compiler.namespace  # specialized functions are added to it later
    exec(compile(source, f"<compiled {schema.get('$id', 'schema')}>", "exec"), namespace)
    check: Callable[[Any], bool] = namespace[entry]
    check.__doc__ = f"Compiled check for {schema.get('$id', 'a schema')}."
    return check


def _formats(schema: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(schema, dict):
        if isinstance(schema.get("format"), str):
            found.add(schema["format"])
        for value in schema.values():
            found |= _formats(value)
    elif isinstance(schema, list):
        for value in schema:
            found |= _formats(value)
    return found
