"""The JSON schemas structured outputs send.

- pydantic models: the official SDK's strict schema, byte for byte (`to_strict_json_schema`,
  `type_to_response_format_param`, `pydantic_function_tool`, `type_to_text_format_param`);
- dataclasses and TypedDicts: the schema pydantic would make for them, made without pydantic;
  attrs classes: the same as the dataclass with the same fields;
- every schema meets strict mode's rules; and without pydantic installed, attrs classes,
  dataclasses and TypedDicts still work (a subprocess that blocks the import).
"""

import dataclasses
import enum
import json
import subprocess
import sys
from typing import Dict, List, Literal, Optional, Union

import attrs
import openai
import pydantic
import pytest
from openai.lib._parsing._completions import type_to_response_format_param
from openai.lib._parsing._responses import type_to_text_format_param
from openai.lib._pydantic import to_strict_json_schema
from typing_extensions import NotRequired, TypedDict

import openai_table
from openai_table.helpers._parsing import format_schema, parse_content, type_to_response_format, type_to_text_format

# -- pydantic models covering the shapes the API's strict mode takes --------------------------------


class Color(str, enum.Enum):
    red = "red"
    green = "green"


class Priority(enum.IntEnum):
    low = 1
    high = 2


class Address(pydantic.BaseModel):
    street: str
    city: str
    zip: Optional[str] = None


class Person(pydantic.BaseModel):
    """A person and where they live."""

    name: str = pydantic.Field(description="Full name")
    age: Optional[int] = None
    home: Address
    previous: List[Address] = []
    work: Optional[Address] = None
    color: Color
    priority: Priority
    mood: Literal["happy", "sad"]
    kind: Literal["person"]
    contact: Union[str, int, Address]
    scores: Dict[str, float] = {}


class TreeNode(pydantic.BaseModel):
    value: int
    children: List["TreeNode"]
    parent: Optional["TreeNode"] = None


class Wrapper(pydantic.BaseModel):
    tree: TreeNode
    label: str = "root"


class Event(pydantic.BaseModel):
    kind: Literal["click", "view"]
    where: Optional[Address] = pydantic.Field(default=None, description="Where it happened")


PYDANTIC_MODELS = [Address, Person, TreeNode, Wrapper, Event]


@pytest.mark.parametrize("model", PYDANTIC_MODELS, ids=lambda m: m.__name__)
def test_pydantic_schema_is_the_official_one(model):
    ours, theirs = format_schema(model), to_strict_json_schema(model)
    assert ours == theirs
    assert json.dumps(ours) == json.dumps(theirs)  # key order too
    assert type_to_response_format(model) == type_to_response_format_param(model)
    assert json.dumps(type_to_text_format(model)) == json.dumps(type_to_text_format_param(model))


@pytest.mark.parametrize("model", PYDANTIC_MODELS, ids=lambda m: m.__name__)
def test_pydantic_function_tool_is_the_official_one(model):
    assert openai_table.pydantic_function_tool(model) == openai.pydantic_function_tool(model)
    assert (openai_table.pydantic_function_tool(model, name="x", description="d")
            == openai.pydantic_function_tool(model, name="x", description="d"))


def test_pydantic_dataclass_is_read_through_pydantic():
    @pydantic.dataclasses.dataclass
    class Point:
        x: int
        y: int

    assert type_to_response_format(Point) == type_to_response_format_param(Point)
    assert parse_content(Point, '{"x": 1, "y": 2}') == Point(1, 2)


def test_a_format_dict_passes_through():
    fmt = {"type": "json_object"}
    assert type_to_response_format(fmt) is fmt and type_to_text_format(fmt) is fmt
    assert parse_content(fmt, '{"a": [1, 2]}') == {"a": [1, 2]}


# -- the same shapes as dataclasses, TypedDicts and attrs classes ----------------------------------


@dataclasses.dataclass
class DAddress:
    street: str
    city: str
    zip: Optional[str] = None


@dataclasses.dataclass
class DPerson:
    """A person and where they live."""

    name: str
    home: DAddress
    color: Color
    priority: Priority
    mood: Literal["happy", "sad"]
    kind: Literal["person"]
    contact: Union[str, int, DAddress]
    age: Optional[int] = None
    previous: List[DAddress] = dataclasses.field(default_factory=list)
    work: Optional[DAddress] = None
    ratio: float = 0.5
    active: bool = True


@dataclasses.dataclass
class DNode:
    value: int
    children: List["DNode"]
    parent: Optional["DNode"] = None


class TAddress(TypedDict):
    street: str
    city: str
    zip: Optional[str]


class TPerson(TypedDict):
    """A contact card."""

    name: str
    home: TAddress
    tags: List[str]
    color: Optional[Color]
    nickname: NotRequired[str]
    either: Union[int, List[TAddress]]


DATACLASS_LIKE = [DAddress, DPerson, DNode, TAddress, TPerson]


@pytest.mark.parametrize("model", DATACLASS_LIKE, ids=lambda m: m.__name__)
def test_dataclass_and_typeddict_schema_is_what_pydantic_would_make(model):
    """Made here without pydantic, equal to pydantic's TypeAdapter schema made strict."""
    ours, theirs = format_schema(model), to_strict_json_schema(pydantic.TypeAdapter(model))
    assert ours == theirs
    assert json.dumps(ours) == json.dumps(theirs)


@attrs.define
class AAddress:
    street: str
    city: str
    zip: Optional[str] = None


@attrs.define
class APerson:
    """A person and where they live."""

    name: str
    home: AAddress
    color: Color
    priority: Priority
    mood: Literal["happy", "sad"]
    kind: Literal["person"]
    contact: Union[str, int, AAddress]
    age: Optional[int] = None
    previous: List[AAddress] = attrs.Factory(list)
    work: Optional[AAddress] = None
    ratio: float = 0.5
    active: bool = True


def test_attrs_schema_is_the_dataclass_one():
    renamed = json.dumps(format_schema(DPerson)).replace("DAddress", "AAddress").replace("DPerson", "APerson")
    assert format_schema(APerson) == json.loads(renamed)


def _walk(node, path=()):
    if isinstance(node, dict):
        yield path, node
        for k, v in node.items():
            yield from _walk(v, (*path, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _walk(v, (*path, str(i)))


@pytest.mark.parametrize("model", [APerson, AAddress, *DATACLASS_LIKE, *PYDANTIC_MODELS], ids=lambda m: m.__name__)
def test_schema_meets_strict_mode(model):
    """What the API's strict mode demands: every object closed and all its properties required,
    optional values as a union with null, refs only to $defs, no keys beside a $ref."""
    schema = format_schema(model)
    for path, node in _walk(schema):
        if path and path[-1] == "properties" or (path and path[-2:-1] == ("$defs",) and False):
            continue
        if node.get("type") == "object" and "properties" in node:
            assert node["additionalProperties"] is False, path
            assert node["required"] == list(node["properties"]), path
        if "$ref" in node:
            assert list(node) == ["$ref"] and node["$ref"].startswith("#/$defs/"), path
            assert node["$ref"][len("#/$defs/"):] in schema["$defs"], path
        assert node.get("default", 0) is not None, path  # None defaults are dropped
    optional = format_schema(model)["properties"].get("age") or format_schema(model)["properties"].get("zip")
    if optional is not None:
        assert {"type": "null"} in optional["anyOf"]


def test_attrs_dataclass_typeddict_parse_into_instances():
    person = parse_content(APerson, json.dumps({
        "name": "Ada", "home": {"street": "1 Main", "city": "London", "zip": None}, "color": "green", "priority": 2,
        "mood": "happy", "kind": "person", "contact": {"street": "2 Side", "city": "Paris", "zip": "75001"}, "age": None,
        "previous": [{"street": "3 Old", "city": "Bath", "zip": None}], "work": None, "ratio": 0.25, "active": False}))
    assert person == APerson(name="Ada", home=AAddress("1 Main", "London"), color=Color.green, priority=Priority.high,
                             mood="happy", kind="person", contact=AAddress("2 Side", "Paris", "75001"),
                             previous=[AAddress("3 Old", "Bath")], ratio=0.25, active=False)
    assert isinstance(person.color, Color) and isinstance(person.priority, Priority)
    assert parse_content(DPerson, json.dumps({"name": "B", "home": {"street": "s", "city": "c", "zip": "z"}, "color": "red",
                                              "priority": 1, "mood": "sad", "kind": "person", "contact": 42, "age": 30,
                                              "previous": [], "work": None, "ratio": 1, "active": True})).contact == 42
    node = parse_content(DNode, '{"value": 1, "children": [{"value": 2, "children": [], "parent": null}], "parent": null}')
    assert node == DNode(1, [DNode(2, [])])
    card = parse_content(TPerson, json.dumps({"name": "C", "home": {"street": "s", "city": "c", "zip": None}, "tags": ["x"],
                                              "color": "red", "either": [{"street": "a", "city": "b", "zip": None}]}))
    assert card == {"name": "C", "home": {"street": "s", "city": "c", "zip": None}, "tags": ["x"], "color": Color.red,
                    "either": [{"street": "a", "city": "b", "zip": None}]}
    with pytest.raises(Exception):
        parse_content(DAddress, '{"street": "only"}')  # a required field missing


def test_pydantic_function_tool_for_an_attrs_class():
    tool = openai_table.pydantic_function_tool(AAddress, description="Where to ship")
    assert tool == {"type": "function", "function": {"name": "AAddress", "strict": True, "parameters": format_schema(AAddress),
                                                     "description": "Where to ship"}}
    assert "description" not in openai_table.pydantic_function_tool(DAddress)["function"]  # no generated `DAddress(...)` doc


WITHOUT_PYDANTIC = r'''
import sys, json, dataclasses, attrs
from typing import List, Optional, Literal
from typing_extensions import TypedDict
sys.modules["pydantic"] = None  # `import pydantic` now fails
import httpx, openai_table
assert "pydantic" not in [m for m in sys.modules if sys.modules[m] is not None]

@attrs.define
class City:
    name: str
    country: Literal["FR", "DE"]

@dataclasses.dataclass
class Trip:
    cities: List[City]
    nights: Optional[int]

class Note(TypedDict):
    text: str

body = {"id": "c", "object": "chat.completion", "created": 1, "model": "m", "choices": [
    {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": json.dumps(
        {"cities": [{"name": "Paris", "country": "FR"}], "nights": None})}}]}
seen = []
client = openai_table.OpenAI(api_key="sk-test", http_client=httpx.Client(transport=httpx.MockTransport(
    lambda r: seen.append(json.loads(r.read())) or httpx.Response(200, json=body))))
done = client.chat.completions.parse(model="m", messages=[], response_format=Trip,
                                     tools=[openai_table.pydantic_function_tool(Note)])
assert done.choices[0].message.parsed == Trip([City("Paris", "FR")], None), done
assert seen[0]["response_format"]["json_schema"]["schema"]["$defs"]["City"]["additionalProperties"] is False
assert seen[0]["tools"][0]["function"]["parameters"]["required"] == ["text"]
print("ok")
'''


def test_attrs_dataclass_typeddict_work_without_pydantic():
    out = subprocess.run([sys.executable, "-c", WITHOUT_PYDANTIC], capture_output=True, text=True, cwd=str(__import__("pathlib").Path(__file__).parent.parent))
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_import_does_not_load_the_helpers_or_pydantic():
    code = ("import sys; import openai_table; openai_table.OpenAI(api_key='x').chat.completions;"
            "print(sorted(m for m in sys.modules if 'helpers' in m or m.startswith('pydantic')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=str(__import__("pathlib").Path(__file__).parent.parent))
    assert out.stdout.strip() == "[]", out.stderr
